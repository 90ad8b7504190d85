package org.iom.americas.responses;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The moves between a response's phases; a closed response stays closed (a new crisis is a new response). */
public enum ResponseAction {
    ESCALATE(ResponsePhase.EMERGENCY, EnumSet.of(ResponsePhase.ALERT)),
    RECOVER(ResponsePhase.EARLY_RECOVERY, EnumSet.of(ResponsePhase.EMERGENCY)),
    CLOSE(ResponsePhase.CLOSED, EnumSet.of(ResponsePhase.ALERT, ResponsePhase.EMERGENCY, ResponsePhase.EARLY_RECOVERY));

    private final ResponsePhase target;
    private final Set<ResponsePhase> from;

    ResponseAction(ResponsePhase target, Set<ResponsePhase> from) {
        this.target = target;
        this.from = from;
    }

    public ResponsePhase target() {
        return target;
    }

    public boolean isAllowedFrom(ResponsePhase phase) {
        return from.contains(phase);
    }

    public static List<String> allowed(ResponsePhase phase) {
        return Arrays.stream(values()).filter(a -> a.isAllowedFrom(phase)).map(ResponseAction::path).toList();
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
