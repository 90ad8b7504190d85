package org.iom.americas.kernel.error;

import java.util.List;

/**
 * Input that passes its field constraints but is still wrong: an unknown country code, a malformed cursor, a
 * limit out of range.
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final FieldProblem problem;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.problem = new FieldProblem(field, messageKey, arguments);
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(problem);
    }
}
