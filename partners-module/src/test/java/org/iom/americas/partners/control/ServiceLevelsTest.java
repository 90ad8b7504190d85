package org.iom.americas.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.iom.americas.partners.RequestStatus;
import org.junit.jupiter.api.Test;

class ServiceLevelsTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-27T22:30:00Z");
    private static final Instant FIRST_DUE = SUBMITTED.plus(Duration.ofHours(4));
    private static final Instant DECISION_DUE = SUBMITTED.plus(Duration.ofDays(2));

    @Test
    void theFirstResponseClockRunsUntilIomAnswersThenTheDecisionClock() {
        assertThat(state(null, SUBMITTED.plus(Duration.ofHours(1)))).isEqualTo(ServiceLevels.State.ON_TIME);
        assertThat(state(null, SUBMITTED.plus(Duration.ofHours(3)))).isEqualTo(ServiceLevels.State.DUE_SOON);
        assertThat(state(null, FIRST_DUE.plusSeconds(1))).isEqualTo(ServiceLevels.State.OVERDUE);
        Instant answered = SUBMITTED.plus(Duration.ofHours(5));
        assertThat(state(answered, SUBMITTED.plus(Duration.ofHours(6)))).isEqualTo(ServiceLevels.State.ON_TIME);
        assertThat(state(answered, DECISION_DUE.minus(Duration.ofHours(6)))).isEqualTo(ServiceLevels.State.DUE_SOON);
        assertThat(state(answered, DECISION_DUE.plusSeconds(1))).isEqualTo(ServiceLevels.State.OVERDUE);
    }

    @Test
    void onlyOpenRequestsHaveAServiceLevel() {
        assertThat(ServiceLevels.state(RequestStatus.DRAFT, null, null, null, null, SUBMITTED))
                .isEqualTo(ServiceLevels.State.NONE);
        assertThat(ServiceLevels.state(RequestStatus.ACCEPTED, SUBMITTED, FIRST_DUE, SUBMITTED, DECISION_DUE,
                DECISION_DUE.plusSeconds(1))).isEqualTo(ServiceLevels.State.NONE);
    }

    private static ServiceLevels.State state(Instant firstRespondedAt, Instant now) {
        return ServiceLevels.state(RequestStatus.UNDER_REVIEW, SUBMITTED, FIRST_DUE, firstRespondedAt, DECISION_DUE,
                now);
    }
}
