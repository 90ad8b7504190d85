package org.iom.americas.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.iom.americas.web.platform.IdempotencyKeys;

/**
 * {@code Idempotency-Key} on a POST, as the IETF httpapi draft describes it: the first request with a key runs and
 * its answer is kept; a retry with the same key and the same request gets that answer again (marked
 * {@code Idempotent-Replayed: true}) and creates nothing; the same key with another request is 422; while the first
 * is still running, 409. Keys are per caller. An answer of ours that failed (5xx) is not kept, so a retry runs again.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyKey implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyKey.class.getName() + ".claimed";

    @Inject
    IdempotencyKeys keys;

    @Context
    HttpHeaders headers;

    @Context
    Providers providers;

    /** A key claimed by this request. */
    private record Claim(String caller, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        if (key.isBlank() || key.length() > 255) {
            request.abortWith(Problems.of(new org.iom.americas.kernel.error.InvalidInputException(HEADER,
                    "problem.idempotencyKey.malformed"), ApiLocale.of(headers), instance));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = request.getSecurityContext().getUserPrincipal().getName();
        String hash = hash(request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + request.getMediaType() + "\n", body);
        Optional<IdempotencyKeys.Earlier> earlier = keys.claim(caller, key, hash);
        if (earlier.isEmpty()) {
            request.setProperty(CLAIMED, new Claim(caller, key));
            // the change and its kept answer in one transaction, which the boundaries' calls join
            try {
                transaction().begin();
            } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException failure) {
                keys.release(caller, key);
                throw new IllegalStateException("no transaction for an idempotent request", failure);
            }
            return;
        }
        IdempotencyKeys.Earlier first = earlier.get();
        if (!first.requestHash().equals(hash)) {
            request.abortWith(Problems.of(422, ApiLocale.of(headers), instance));
        } else if (!first.done()) {
            request.abortWith(Response.fromResponse(Problems.of(409, "idempotencyInFlight",
                    ApiLocale.of(headers), instance)).header("Retry-After", "1").build());
        } else {
            Response.ResponseBuilder replay = Response.status(first.status()).header("Idempotent-Replayed", "true");
            if (first.location() != null) {
                replay.header("Location", first.location());
            }
            if (first.body() != null && first.body().length > 0) {
                replay.entity(first.body()).type(first.contentType());
            }
            request.abortWith(replay.build());
        }
    }

    /**
     * Ends the request's transaction: a successful answer is kept in it and both commit (if the commit fails, the
     * answer becomes a 503 and nothing was kept); a client error is kept on its own after a rollback; a server
     * error releases the key, so a retry runs the request again.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIMED);
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString("Location");
        if (response.getStatus() >= 400) {
            rollback();
            if (response.getStatus() >= 500) {
                keys.release(claim.caller(), claim.key());
            } else {
                keys.complete(claim.caller(), claim.key(), response.getStatus(), contentType, location,
                        body(response));
            }
            return;
        }
        byte[] body = body(response);
        try {
            keys.completeWithin(claim.caller(), claim.key(), response.getStatus(), contentType, location, body);
            transaction().commit();
        } catch (RuntimeException | jakarta.transaction.RollbackException | jakarta.transaction.HeuristicMixedException
                 | jakarta.transaction.HeuristicRollbackException | jakarta.transaction.SystemException failed) {
            rollback();
            keys.release(claim.caller(), claim.key());
            Response unavailable = Problems.of(503, ApiLocale.of(headers), request.getUriInfo().getRequestUri()
                    .getRawPath());
            response.setStatus(503);
            response.getHeaders().clear();
            response.getHeaders().putSingle("Retry-After", "5");
            response.setEntity(unavailable.getEntity(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
            return;
        }
        if (body != null) {
            response.setEntity(body, null, response.getMediaType());
        }
    }

    /** The answer's body as the client will receive it, written once here so the kept copy is the same bytes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] body(ContainerResponseContext response) throws IOException {
        if (!response.hasEntity()) {
            return null;
        }
        if (response.getEntity() instanceof byte[] bytes) {
            return bytes;
        }
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(),
                response.getEntityType(), response.getEntityAnnotations(), type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(response.getEntity(), response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), type, new MultivaluedHashMap<String, Object>(), out);
        return out.toByteArray();
    }

    private static jakarta.transaction.UserTransaction transaction() {
        try {
            return (jakarta.transaction.UserTransaction) new javax.naming.InitialContext()
                    .lookup("java:comp/UserTransaction");
        } catch (javax.naming.NamingException missing) {
            throw new IllegalStateException("no UserTransaction", missing);
        }
    }

    private static void rollback() {
        try {
            jakarta.transaction.UserTransaction transaction = transaction();
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (jakarta.transaction.SystemException | IllegalStateException ended) {
            // nothing left to roll back
        }
    }

    private static String hash(String head, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
