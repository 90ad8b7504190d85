package org.iom.americas.partners.control;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.americas.partners.RequestStatus;
import org.iom.americas.partners.Urgency;

/**
 * The service levels IOM promises per urgency: time to a first response and time to a decision, configurable as
 * ISO 8601 durations ({@code coordination.sla.emergency.first-response=PT4H}). Due dates are instants: where the
 * liaison and the coordinator each sit changes how the date is shown, never when it falls.
 */
public final class ServiceLevels {

    /** Where a request stands against its targets. */
    public enum State {
        NONE, ON_TIME, DUE_SOON, OVERDUE
    }

    /** The targets of one urgency. */
    public record Targets(Duration firstResponse, Duration decision) {
    }

    private static final Map<Urgency, Targets> DEFAULTS = Map.of(
            Urgency.EMERGENCY, new Targets(Duration.ofHours(4), Duration.ofDays(2)),
            Urgency.PRIORITY, new Targets(Duration.ofDays(1), Duration.ofDays(10)),
            Urgency.ROUTINE, new Targets(Duration.ofDays(3), Duration.ofDays(30)));

    private final Map<Urgency, Targets> targets = new EnumMap<>(Urgency.class);

    public ServiceLevels(Map<Urgency, Targets> targets) {
        this.targets.putAll(targets);
    }

    public static ServiceLevels configured() {
        Config config = ConfigProvider.getConfig();
        Map<Urgency, Targets> configured = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            String prefix = "coordination.sla." + urgency.name().toLowerCase(Locale.ROOT);
            Targets fallback = DEFAULTS.get(urgency);
            configured.put(urgency, new Targets(
                    config.getOptionalValue(prefix + ".first-response", String.class).map(Duration::parse)
                            .orElse(fallback.firstResponse()),
                    config.getOptionalValue(prefix + ".decision", String.class).map(Duration::parse)
                            .orElse(fallback.decision())));
        }
        return new ServiceLevels(configured);
    }

    public Targets of(Urgency urgency) {
        return targets.get(urgency);
    }

    /**
     * The state of an open request at {@code now}: overdue once a due date has passed with its step undone, due
     * soon in the last quarter of the time allowed for the next step.
     */
    public static State state(RequestStatus status, Instant submittedAt, Instant firstResponseDue,
                              Instant firstRespondedAt, Instant decisionDue, Instant now) {
        if (!status.isOpen() || submittedAt == null) {
            return State.NONE;
        }
        Instant due = firstRespondedAt == null && firstResponseDue != null && firstResponseDue.isBefore(decisionDue)
                ? firstResponseDue : decisionDue;
        if (now.isAfter(due)) {
            return State.OVERDUE;
        }
        Duration allowed = Duration.between(submittedAt, due);
        return Duration.between(now, due).compareTo(allowed.dividedBy(4)) <= 0 ? State.DUE_SOON : State.ON_TIME;
    }
}
