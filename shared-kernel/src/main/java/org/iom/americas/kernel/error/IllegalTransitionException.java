package org.iom.americas.kernel.error;

import java.util.List;

/** An action that the record's current state does not allow; the answer names the actions that are allowed. */
public class IllegalTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> allowedActions;

    public IllegalTransitionException(String recordType, Object id, String action, String state,
                                      List<String> allowedActions) {
        super("problem.illegalTransition.detail", action, state, String.join(", ", allowedActions));
        this.allowedActions = List.copyOf(allowedActions);
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
