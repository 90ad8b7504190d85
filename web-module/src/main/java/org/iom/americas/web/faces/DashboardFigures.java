package org.iom.americas.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The dashboards' figures, kept for a minute per scope (the region, a country, a government, an agency): at ten times
 * the region's size the funding totals alone take half a second to add up, and every coordinator opens the home
 * page. Figures a minute old are what a dashboard promises; records themselves are never cached here, and in a
 * cluster each instance keeps its own minute. {@code coordination.dashboard.cache-seconds} (0 turns it off: the
 * integration tests, which read figures right after changing records, run so).
 */
@ApplicationScoped
public class DashboardFigures {

    private record Kept(Instant until, Object value) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> computations = new ConcurrentHashMap<>();
    Duration keepFor = Duration.ofSeconds(60);
    Supplier<Instant> clock = Instant::now;

    @PostConstruct
    void configure() {
        keepFor = Duration.ofSeconds(ConfigProvider.getConfig()
                .getOptionalValue("coordination.dashboard.cache-seconds", Integer.class).orElse(60));
    }

    /**
     * The figure for this key, computed now if none younger than the limit is kept. One reader computes a scope's
     * figure at a time: when the minute runs out under twenty readers, the others are served the minute-old figure
     * meanwhile (or, when there is none yet, wait for the one being computed), instead of all adding up the same
     * 200,000 funding lines at once.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        Kept found = kept.get(key);
        if (found != null && found.until().isAfter(clock.get())) {
            return (T) found.value();
        }
        ReentrantLock computing = computations.computeIfAbsent(key, k -> new ReentrantLock());
        if (found != null && !computing.tryLock()) {
            return (T) found.value();
        }
        if (found == null) {
            computing.lock();
        }
        try {
            Kept meanwhile = kept.get(key);
            if (meanwhile != null && meanwhile.until().isAfter(clock.get())) {
                return (T) meanwhile.value();
            }
            T value = compute.get();
            if (!keepFor.isZero()) {
                kept.put(key, new Kept(clock.get().plus(keepFor), value));
            }
            return value;
        } finally {
            computing.unlock();
        }
    }
}
