package org.iom.americas.web.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * Bean Validation failures as both front ends show them: the field as the client named it, the message in the
 * reader's language (the boundary validated in the server's language, so the message is worded again here).
 */
public final class Violations {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    private Violations() {
    }

    /**
     * The field's path as the client wrote it ({@code budget.amount}), without the Java method and parameter that
     * Bean Validation puts in front on a boundary call; {@code body} when the whole input is missing.
     */
    public static String fieldOf(Path path) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                parts.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && !parts.isEmpty()) {
                // an element of a collection: "objectives[]" (a set has no index), "locations[2]"
                int last = parts.size() - 1;
                String container = parts.get(last).replaceAll("\\[\\d*]$", "");
                parts.set(last, container + "[" + (node.getIndex() == null ? "" : node.getIndex()) + "]");
            }
        }
        String named = String.join(".", parts);
        return named.isEmpty() ? "body" : named;
    }

    public static String message(ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("not supported: " + type);
            }
        }, locale);
    }
}
