package org.iom.americas.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.web.platform.DatabaseOutage;
import org.iom.americas.web.security.RequestLimits;
import org.iom.americas.web.platform.SecurityAudit;

/**
 * Everything else. A failure wrapped by the EJB container or the JAX-RS runtime is unwrapped to the client mistake
 * it really is; what is left is a bug, logged with an incident id that the answer carries instead of a stack trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final String DENIAL_RECORDED = UnexpectedFailureMapper.class.getName() + ".denialRecorded";
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @jakarta.inject.Inject
    SecurityAudit securityAudit;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = ApiLocale.of(headers);
        String instance = uri.getRequestUri().getRawPath();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestLimits.TooLarge) {
                return Problems.of(413, locale, instance);
            }
            if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                if (request.getAttribute(DENIAL_RECORDED) == null) {
                    // the runtime may map one failure twice (once wrapped by the EJB container): one entry per denial
                    request.setAttribute(DENIAL_RECORDED, Boolean.TRUE);
                    securityAudit.record("access.denied", "path=" + instance);
                }
                return Problems.of(403, locale, instance);
            }
            if (cause instanceof BusinessException business) {
                return Problems.of(business, locale, instance);
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return Problems.of(invalid.getConstraintViolations(), locale, instance);
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.of(409, locale, instance);
            }
            if (cause instanceof JsonbException) {
                return Problems.of(400, locale, instance);
            }
            if (cause instanceof WebApplicationException web && !(failure instanceof EJBException)) {
                return Problems.of(web.getResponse().getStatus(), locale, instance);
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        if (DatabaseOutage.causes(failure)) {
            LOG.log(Level.WARNING, "The database is out of reach on " + instance + ": " + failure);
            return Response.fromResponse(Problems.of(503, locale, instance)).header("Retry-After", "5").build();
        }
        if (failure instanceof ProcessingException) {
            // the runtime could not read the request body: a client mistake, never a server one
            return Problems.of(400, locale, instance);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + instance, failure);
        Response problem = Problems.of(500, locale, instance);
        return Response.fromResponse(problem).header("X-Incident-Id", incident).build();
    }
}
