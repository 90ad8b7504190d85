package org.iom.americas.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    Duration keepFor = Duration.ofSeconds(60);
    Supplier<Instant> clock = Instant::now;

    @PostConstruct
    void configure() {
        keepFor = Duration.ofSeconds(ConfigProvider.getConfig()
                .getOptionalValue("coordination.dashboard.cache-seconds", Integer.class).orElse(60));
    }

    /** The figure for this key, computed now if none younger than the limit is kept. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        Instant now = clock.get();
        Kept found = kept.get(key);
        if (found != null && found.until().isAfter(now)) {
            return (T) found.value();
        }
        T value = compute.get();
        if (!keepFor.isZero()) {
            kept.put(key, new Kept(now.plus(keepFor), value));
        }
        return value;
    }
}
