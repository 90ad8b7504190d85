package org.iom.americas.kernel.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A failure the caller can understand and fix. Thrown from a boundary it reaches the front end unwrapped and
 * rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The resource-bundle key that words this failure for people. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }

    /** The input fields this failure is about, if any: a front end shows the message next to them. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }
}
