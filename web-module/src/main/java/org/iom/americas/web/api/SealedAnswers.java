package org.iom.americas.web.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.iom.americas.kernel.audit.AuditChain;
import org.iom.americas.web.platform.AuditSealer;

/**
 * An answer that changed a record leaves only once the change's audit entry is on the chain, so the client that
 * reads the trail, a timeline or a verification next finds its change there. Response filters run in descending
 * priority: this one runs last, after {@link IdempotencyKey} has committed a request's own transaction.
 */
@Provider
@Priority(1)
public class SealedAnswers implements ContainerResponseFilter {

    @EJB
    AuditSealer sealer;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (AuditChain.appendedSinceAsked()) {
            sealer.sealCommitted();
        }
    }
}
