package org.iom.americas.kernel.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClusterScheduleTest {

    private final ClusterSchedule hourlyAtSevenPast = new ClusterSchedule("audit-checkpoint", Duration.ofHours(1),
            Duration.ofMinutes(7));

    @Test
    void instancesThatFireAtDifferentMomentsOfOneSlotClaimTheSameSlot() {
        Instant slot = Instant.parse("2026-11-29T10:07:00Z");
        assertThat(hourlyAtSevenPast.slotStart(Instant.parse("2026-11-29T10:07:00Z"))).isEqualTo(slot);
        assertThat(hourlyAtSevenPast.slotStart(Instant.parse("2026-11-29T10:07:00.250Z"))).isEqualTo(slot);
        assertThat(hourlyAtSevenPast.slotStart(Instant.parse("2026-11-29T11:06:59.999Z"))).isEqualTo(slot);
    }

    @Test
    void theNextSlotBeginsAtTheOffsetOfTheNextPeriod() {
        assertThat(hourlyAtSevenPast.slotStart(Instant.parse("2026-11-29T11:07:00Z")))
                .isEqualTo(Instant.parse("2026-11-29T11:07:00Z"));
        assertThat(hourlyAtSevenPast.slotStart(Instant.parse("2026-11-29T10:06:59Z")))
                .isEqualTo(Instant.parse("2026-11-29T09:07:00Z"));
    }
}
