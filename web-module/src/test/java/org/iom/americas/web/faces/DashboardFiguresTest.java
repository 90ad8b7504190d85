package org.iom.americas.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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

    @Test
    void readersThatMissTogetherShareOneComputationAndAStaleFigureServesWhileItRuns() throws Exception {
        DashboardFigures figures = figures(Duration.ofSeconds(60));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Integer> slow = computingUntil(started, release);
        ExecutorService readers = Executors.newFixedThreadPool(5);
        try {
            List<Future<Integer>> first = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                first.add(readers.submit(() -> figures.get("funding:region", slow)));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            for (Future<Integer> answer : first) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(computed).as("five readers, one computation").hasValue(1);

            now = now.plusSeconds(61);
            CountDownLatch refreshing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            Future<Integer> refresher = readers.submit(() -> figures.get("funding:region",
                    computingUntil(refreshing, finish)));
            assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(figures.get("funding:region", computed::incrementAndGet))
                    .as("the minute-old figure while another reader computes").isEqualTo(1);
            finish.countDown();
            assertThat(refresher.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(figures.get("funding:region", computed::incrementAndGet)).isEqualTo(2);
        } finally {
            readers.shutdownNow();
        }
    }

    /** A computation that says it has started, then takes until it is released. */
    private Supplier<Integer> computingUntil(CountDownLatch started, CountDownLatch released) {
        return () -> {
            started.countDown();
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return computed.incrementAndGet();
        };
    }
}
