package org.iom.americas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.iom.americas.kernel.error.InvalidInputException;

/** A date typed into a form or a query parameter (ISO, as date inputs send it): a wrong one is the user's mistake. */
public final class InputDates {

    private InputDates() {
    }

    /** @return the date, or {@code null} when blank; a 400 (or a message next to the field) naming it otherwise */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException(field, "validation.date", value);
        }
    }
}
