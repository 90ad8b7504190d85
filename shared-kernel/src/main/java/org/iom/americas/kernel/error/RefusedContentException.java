package org.iom.americas.kernel.error;

import java.util.List;

/**
 * A file or body the system will not keep: too large (413) or of a type it does not accept (415). Nothing of it
 * is stored.
 */
public class RefusedContentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why the content is refused, with the HTTP status that says so. */
    public enum Reason {
        TOO_LARGE(413), UNSUPPORTED_TYPE(415);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final FieldProblem problem;

    public RefusedContentException(Reason reason, String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
        this.problem = new FieldProblem(field, messageKey, arguments);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(problem);
    }
}
