package org.iom.americas.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    private Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final AtomicInteger computed = new AtomicInteger();

    private DashboardFigures figures(Duration keepFor) {
        DashboardFigures figures = new DashboardFigures();
        figures.keepFor = keepFor;
        figures.clock = () -> now;
        return figures;
    }

    @Test
    void aFigureIsComputedOncePerScopeWithinTheMinuteAndAfreshAfterIt() {
        DashboardFigures figures = figures(Duration.ofSeconds(60));
        assertThat(figures.get("projects:MX", computed::incrementAndGet)).isEqualTo(1);
        now = now.plusSeconds(59);
        assertThat(figures.get("projects:MX", computed::incrementAndGet)).isEqualTo(1);
        assertThat(figures.get("projects:HN", computed::incrementAndGet)).as("another scope").isEqualTo(2);
        now = now.plusSeconds(2);
        assertThat(figures.get("projects:MX", computed::incrementAndGet)).as("a minute later").isEqualTo(3);
    }

    @Test
    void zeroSecondsKeepsNothing() {
        DashboardFigures figures = figures(Duration.ZERO);
        figures.get("requests:iom", computed::incrementAndGet);
        figures.get("requests:iom", computed::incrementAndGet);
        assertThat(computed).hasValue(2);
    }
}
