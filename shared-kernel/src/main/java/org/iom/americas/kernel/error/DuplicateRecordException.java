package org.iom.americas.kernel.error;

import java.util.List;

/** A record with the same natural key already exists (the same government twice, the same acronym). */
public class DuplicateRecordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final FieldProblem problem;

    public DuplicateRecordException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.problem = new FieldProblem(field, messageKey, arguments);
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(problem);
    }
}
