package org.iom.americas.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.FieldProblem;
import org.iom.americas.kernel.error.IllegalTransitionException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RefusedContentException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.web.i18n.Messages;
import org.iom.americas.web.i18n.Violations;

/** Turns every failure the API can meet into one RFC 9457 answer, worded in the caller's language. */
final class Problems {

    private static final String TYPE_BASE = "urn:iom-americas:problem:";
    private Problems() {
    }

    static Response of(BusinessException failure, Locale locale, String instance) {
        int status;
        String kind;
        if (failure instanceof RecordNotFoundException) {
            status = 404;
            kind = "notFound";
        } else if (failure instanceof StaleVersionException) {
            status = 409;
            kind = "staleVersion";
        } else if (failure instanceof DuplicateRecordException) {
            status = 409;
            kind = "duplicate";
        } else if (failure instanceof InvalidInputException) {
            status = 400;
            kind = "validation";
        } else if (failure instanceof IllegalTransitionException) {
            status = 409;
            kind = "illegalTransition";
        } else if (failure instanceof RefusedContentException refused) {
            status = refused.reason().status();
            kind = status == 413 ? "tooLarge" : "unsupportedMediaType";
        } else {
            status = 409;
            kind = "conflict";
        }
        List<Problem.FieldError> errors = failure.fieldProblems().stream()
                .map(p -> fieldError(p, locale))
                .toList();
        String detail = Messages.text(locale, failure.messageKey(), failure.arguments());
        Response.ResponseBuilder answer = answer(status, kind, locale, detail, instance, errors,
                failure instanceof IllegalTransitionException illegal ? illegal.allowedActions() : null);
        if (failure instanceof StaleVersionException stale) {
            answer.tag(new jakarta.ws.rs.core.EntityTag(Long.toString(stale.currentVersion())));
        }
        return answer.build();
    }

    static Response of(Set<ConstraintViolation<?>> violations, Locale locale, String instance) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(Violations.fieldOf(v.getPropertyPath()), Violations.message(v, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return answer(400, "validation", locale, Messages.text(locale, "problem.validation.detail"), instance, errors,
                null).build();
    }

    static Response of(int status, Locale locale, String instance) {
        String kind = switch (status) {
            case 400 -> "malformed";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 409 -> "conflict";
            case 412 -> "preconditionFailed";
            case 413 -> "tooLarge";
            case 415 -> "unsupportedMediaType";
            case 422 -> "idempotencyKeyReused";
            case 428 -> "preconditionRequired";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "malformed";
        };
        return answer(status, kind, locale, Messages.text(locale, "problem." + kind + ".generic"), instance, null,
                null).build();
    }

    /** A problem of a kind the status alone does not name (a retry while the first request still runs). */
    static Response of(int status, String kind, Locale locale, String instance) {
        return answer(status, kind, locale, Messages.text(locale, "problem." + kind + ".generic"), instance, null,
                null).build();
    }

    private static Response.ResponseBuilder answer(int status, String kind, Locale locale, String detail,
                                                   String instance, List<Problem.FieldError> errors,
                                                   List<String> allowedActions) {
        Problem problem = new Problem(TYPE_BASE + kind, Messages.text(locale, "problem." + kind + ".title"),
                status, detail, instance, errors == null || errors.isEmpty() ? null : errors, allowedActions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem)
                .header("Content-Language", locale.toLanguageTag());
    }

    private static Problem.FieldError fieldError(FieldProblem problem, Locale locale) {
        return new Problem.FieldError(problem.field(), Messages.text(locale, problem.messageKey(), problem.arguments()));
    }
}
