package org.iom.americas.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestActionTest {

    @Test
    void eachSideMayOnlyMakeItsOwnMovesFromEachState() {
        assertThat(RequestAction.allowed(RequestStatus.DRAFT, RequestAction.Side.GOVERNMENT))
                .containsExactly("submit", "withdraw");
        assertThat(RequestAction.allowed(RequestStatus.DRAFT, RequestAction.Side.IOM)).isEmpty();
        assertThat(RequestAction.allowed(RequestStatus.SUBMITTED, RequestAction.Side.IOM)).containsExactly("review");
        assertThat(RequestAction.allowed(RequestStatus.UNDER_REVIEW, RequestAction.Side.IOM))
                .containsExactly("request-information", "accept", "decline");
        assertThat(RequestAction.allowed(RequestStatus.INFORMATION_REQUESTED, RequestAction.Side.GOVERNMENT))
                .containsExactly("resubmit", "withdraw");
        for (RequestStatus closed : new RequestStatus[] {RequestStatus.ACCEPTED, RequestStatus.DECLINED,
                RequestStatus.WITHDRAWN}) {
            assertThat(RequestAction.allowed(closed, RequestAction.Side.GOVERNMENT)).isEmpty();
            assertThat(RequestAction.allowed(closed, RequestAction.Side.IOM)).isEmpty();
        }
    }
}
