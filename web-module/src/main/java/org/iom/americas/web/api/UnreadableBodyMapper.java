package org.iom.americas.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not the JSON this resource reads (unknown field, wrong type): the client's mistake. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonbException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.iom.americas.web.security.RequestLimits.TooLarge) {
                // cut off while it was read: too large, not malformed
                return Problems.of(413, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
            }
        }
        return Problems.of(400, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }
}
