package org.iom.americas.web.api;

import java.util.Locale;
import org.iom.americas.kernel.error.InvalidInputException;

/**
 * Reads query parameters as text and converts them here, so a wrong value is a 400 that names the parameter
 * (JAX-RS would answer a failed conversion with a bare 404).
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "problem.parameter.notANumber", value);
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "problem.parameter.unknownValue", value);
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, "problem.parameter.notABoolean", value);
        };
    }

    /** A code parameter (a country, an area): upper case, or {@code null} when blank. */
    /** A code (a country, an IOM area): letters and underscores only, upper case; anything else is a 400. */
    static String code(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z_]{1,32}")) {
            throw new InvalidInputException(name, "problem.parameter.unknownValue", value);
        }
        return code;
    }
}
