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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
public class IdempotencyKey implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyKey.class.getName() + ".claimed";
    private static final String ANSWER = IdempotencyKey.class.getName() + ".answer";

    @Inject
    IdempotencyKeys keys;

    @Context
    HttpHeaders headers;

    /** A key claimed by this request. */
    private record Claim(String caller, String key) {
    }

    /** The answer's head, kept until its body is written. */
    private record Head(int status, String contentType, String location) {
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

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            keys.release(claim.caller(), claim.key());
            request.removeProperty(CLAIMED);
            return;
        }
        Head head = new Head(response.getStatus(), response.getMediaType() == null ? null
                : response.getMediaType().toString(), response.getHeaderString("Location"));
        if (!response.hasEntity()) {
            keys.complete(claim.caller(), claim.key(), head.status(), head.contentType(), head.location(), null);
            request.removeProperty(CLAIMED);
            return;
        }
        request.setProperty(ANSWER, head);
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CLAIMED) instanceof Claim claim)
                || !(context.getProperty(ANSWER) instanceof Head head)) {
            context.proceed();
            return;
        }
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        context.setOutputStream(kept);
        context.proceed();
        byte[] body = kept.toByteArray();
        keys.complete(claim.caller(), claim.key(), head.status(), head.contentType(), head.location(), body);
        client.write(body);
        context.setOutputStream(client);
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
