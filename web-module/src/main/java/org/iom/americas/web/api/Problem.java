package org.iom.americas.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem details body, with the failing fields of the request when there are any, and the actions
 * the record's state allows when the one asked for is not among them.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "allowedActions"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One failing field, named by its path in the request body or query. */
    public record FieldError(String field, String message) {
    }
}
