package org.iom.americas.kernel.error;

import java.io.Serializable;
import java.util.List;

/** A problem with one input field, named by its path in the request ({@code budget.amount}). */
public record FieldProblem(String field, String messageKey, List<Object> arguments) implements Serializable {

    public FieldProblem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
