package org.iom.americas.partners;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iom.americas.kernel.audit.AuditChain;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.kernel.security.CoordinationPrincipal;
import org.iom.americas.partners.control.PasswordHashing;
import org.iom.americas.partners.control.VerifiedCredentials;
import org.iom.americas.partners.entity.Account;

/**
 * Checks who is signing in, for the web module's authentication mechanism. Five failed sign-ins in a row lock an
 * account for 15 minutes; the counters live in the database, so the lock holds on every instance of a cluster.
 * Counters are updated with single UPDATE statements: concurrent failures neither conflict nor get lost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Authentication {

    static final int LOCK_AFTER_FAILURES = 5;
    static final java.time.Duration LOCK_DURATION = java.time.Duration.ofMinutes(15);

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @EJB
    VerifiedCredentials verified;

    /** The principal of the account these credentials open, or nothing (unknown, wrong, disabled or locked). */
    public Optional<CoordinationPrincipal> verify(String username, char[] password) {
        if (username == null || password == null || username.length() > 64 || password.length > 128) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Account account = byUsername(username);
        if (account == null) {
            PasswordHashing.decoy(password);
            audit("login.failed", username, null, "reason=unknown-account");
            return Optional.empty();
        }
        if (!account.enabled()) {
            audit("login.failed", username, account, "reason=disabled");
            return Optional.empty();
        }
        if (account.isLockedAt(now)) {
            audit("login.failed", username, account, "reason=locked until=" + account.lockedUntil());
            return Optional.empty();
        }
        VerifiedCredentials.Entry earlier = verified.lookup(username, password, now);
        if (earlier != null && earlier.accountId() == account.id()
                && earlier.securityStamp().equals(account.securityStamp())) {
            return Optional.of(principalOf(account));
        }
        if (PasswordHashing.matches(password, account.passwordHash())) {
            em.createNativeQuery("UPDATE account SET failed_logins = 0, locked_until = NULL, last_login_at = ? "
                    + "WHERE id = ?").setParameter(1, utc(now)).setParameter(2, account.id()).executeUpdate();
            verified.remember(username, password, account.id(), account.securityStamp(), now);
            audit("login.succeeded", username, account, "role=" + account.role());
            return Optional.of(principalOf(account));
        }
        em.createNativeQuery("UPDATE account SET failed_logins = failed_logins + 1 WHERE id = ?")
                .setParameter(1, account.id()).executeUpdate();
        int locked = em.createNativeQuery("UPDATE account SET locked_until = ?, failed_logins = 0 "
                        + "WHERE id = ? AND failed_logins >= ?")
                .setParameter(1, utc(now.plus(LOCK_DURATION))).setParameter(2, account.id())
                .setParameter(3, LOCK_AFTER_FAILURES).executeUpdate();
        audit(locked > 0 ? "account.locked" : "login.failed", username, account, "reason=wrong-password");
        return Optional.empty();
    }

    /**
     * The principal of the account a personal API token opens, or nothing (unknown, revoked, or its account
     * disabled). Tokens are looked up by their SHA-256; an unknown one costs the same as a known one.
     */
    public Optional<CoordinationPrincipal> verifyToken(String token) {
        if (token == null || token.length() > 200 || !token.startsWith(ApiTokens.PREFIX)) {
            return Optional.empty();
        }
        List<org.iom.americas.partners.entity.ApiToken> found = em.createNamedQuery("ApiToken.findByHash",
                        org.iom.americas.partners.entity.ApiToken.class).setParameter("hash", ApiTokens.hash(token))
                .getResultList();
        if (found.isEmpty() || found.get(0).revokedAt() != null) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, found.get(0).accountId());
        return account == null || !account.enabled() ? Optional.empty() : Optional.of(principalOf(account));
    }

    /**
     * Whether a principal signed in earlier still stands: the account exists, is enabled, and neither its password
     * nor its state has changed since (same security stamp).
     */
    public boolean isCurrent(CoordinationPrincipal principal) {
        List<?> rows = em.createNativeQuery("SELECT enabled, security_stamp FROM account WHERE id = ?")
                .setParameter(1, principal.accountId()).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        return Boolean.TRUE.equals(asBoolean(row[0])) && principal.securityStamp().equals(row[1]);
    }

    /** The account's preferred working language, for the pages after sign-in. */
    public Optional<String> preferredLanguage(CoordinationPrincipal principal) {
        Account account = em.find(Account.class, principal.accountId());
        return account == null ? Optional.empty() : Optional.ofNullable(account.preferredLanguage());
    }

    /** In this method's own transaction: a failed sign-in is on the trail even though nothing else changed. */
    private void audit(String event, String username, Account account, String detail) {
        AuditChain.securityEvent(AuditChain.of(em), event, username, account == null ? null : account.id(),
                account == null ? null : AuditChain.organisationOf(account.organisationKind(),
                        account.organisationId()), detail);
    }

    private Account byUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    static CoordinationPrincipal principalOf(Account account) {
        return new CoordinationPrincipal(account.username(), account.id(), account.role(), account.organisationKind(),
                account.organisationId(), account.country(), account.securityStamp());
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n ? n.intValue() != 0 : null;
    }

    private static String utc(Instant instant) {
        return UtcInstantConverter.format(instant);
    }
}
