package org.iom.americas.web.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.iom.americas.kernel.audit.AuditChain;
import org.iom.americas.kernel.security.Caller;

/**
 * Puts the security events the web layer sees (denials, exports) on the audit trail, each in its own transaction:
 * the refusal that caused a denial has rolled its own transaction back, and the denial must stay on record.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityAudit {

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    public void record(String event, String detail) {
        Caller caller = Caller.of(security);
        if (caller.isSystem()) {
            // nobody signed in: the sign-in mechanism has already recorded what it refused
            org.iom.americas.kernel.security.SecurityEvents.record(event, null, detail);
            return;
        }
        AuditChain.securityEvent(AuditChain.of(em), event, caller.username(), caller.accountId(),
                AuditChain.organisationOf(caller), detail);
    }
}
