package org.iom.americas.kernel.schedule;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.americas.kernel.persistence.UtcInstantConverter;

/**
 * Work on a fixed rhythm that happens once per cluster, not once per instance. Every instance keeps a timer for the
 * job, aligned on the same slots (multiples of the period since the epoch, plus an offset), so they all fire at
 * about the same moment; each then tries to write the slot's row in {@code scheduled_run}, and only the one that
 * succeeds does the work, in the same transaction. The others wait on the row's lock until it commits and skip,
 * or, if the run failed and rolled back, take the slot over. The rhythm can be changed per job:
 * {@code coordination.jobs.<job>.every} and {@code .offset} (ISO 8601 durations).
 */
public final class ClusterSchedule {

    private static final Logger LOG = Logger.getLogger(ClusterSchedule.class.getName());
    /** Who ran a slot, for the operator reading {@code scheduled_run}: the JVM's "pid@host". */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final String job;
    private final Duration every;
    private final Duration offset;

    ClusterSchedule(String job, Duration every, Duration offset) {
        this.job = job;
        this.every = every;
        this.offset = offset;
    }

    /** The job's rhythm: the defaults unless configured otherwise. */
    public static ClusterSchedule of(String job, Duration every, Duration offset) {
        var config = ConfigProvider.getConfig();
        Duration configuredEvery = config.getOptionalValue("coordination.jobs." + job + ".every", String.class)
                .map(Duration::parse).orElse(every);
        Duration configuredOffset = config.getOptionalValue("coordination.jobs." + job + ".offset", String.class)
                .map(Duration::parse).orElse(offset);
        if (configuredEvery.isNegative() || configuredEvery.isZero() || configuredOffset.isNegative()
                || configuredOffset.compareTo(configuredEvery) >= 0) {
            throw new IllegalArgumentException("coordination.jobs." + job + ": the period must be positive and the "
                    + "offset shorter than it");
        }
        return new ClusterSchedule(job, configuredEvery, configuredOffset);
    }

    /** Starts this instance's timer, first at the next slot; the timer does not outlive the application. */
    public Timer start(TimerService timers) {
        Instant first = slotStart(Instant.now()).plus(every);
        LOG.info(() -> "Scheduled " + job + " every " + every + " (offset " + offset + "), first at " + first);
        return timers.createIntervalTimer(Date.from(first), every.toMillis(), new TimerConfig(job, false));
    }

    /**
     * Whether this instance runs the job's current slot: true for exactly one caller per slot in the cluster.
     * Call it inside the transaction that does the work.
     */
    public boolean claim(EntityManager em) {
        Instant slot = slotStart(Instant.now().plus(tolerance()));
        int written = em.createNativeQuery("INSERT IGNORE INTO scheduled_run (job, slot, instance, ran_at) "
                        + "VALUES (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, slot.toString()).setParameter(3, INSTANCE)
                .setParameter(4, UtcInstantConverter.format(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate();
        if (written == 1) {
            LOG.info(() -> "Scheduled job " + job + " runs slot " + slot + " on " + INSTANCE);
        } else {
            LOG.info(() -> "Scheduled job " + job + " skips slot " + slot + " on " + INSTANCE
                    + ": another instance ran it");
        }
        return written == 1;
    }

    /**
     * How early a timer may fire and still count for the slot about to begin: a tenth of the period, at most a
     * minute (timers fire on time or late; clocks of instances differ by milliseconds under NTP).
     */
    private Duration tolerance() {
        Duration tenth = every.dividedBy(10);
        return tenth.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : tenth;
    }

    /** The start of the slot a moment falls in; a timer that fires a little late still counts for its slot. */
    Instant slotStart(Instant moment) {
        long periodMillis = every.toMillis();
        long sinceEpoch = moment.toEpochMilli() - offset.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(sinceEpoch, periodMillis) * periodMillis + offset.toMillis());
    }
}
