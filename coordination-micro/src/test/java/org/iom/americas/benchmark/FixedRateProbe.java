package org.iom.americas.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Latency at a fixed rate (benchmark R5), not a test: Debian packages wrk but not wrk2, so this sends requests on a
 * fixed schedule whatever the answers do (open loop) and measures each from the moment it was due, so a slow answer
 * cannot hide the requests it delayed. Prints p50 and p99 in milliseconds.
 * Arguments: URL, user:password (sent with HTTP Basic), requests per second, seconds.
 */
public final class FixedRateProbe {

    private static final Logger LOG = Logger.getLogger(FixedRateProbe.class.getName());

    private FixedRateProbe() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(args[1].getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", basic)
                .timeout(Duration.ofSeconds(30)).GET().build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (long i = 0; i < (long) rate * seconds; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete(
                    (answer, failure) -> {
                        if (failure != null || answer.statusCode() != 200) {
                            failed.incrementAndGet();
                        } else {
                            latencies.add(System.nanoTime() - due);
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99)) / 1e6;
        LOG.info(() -> String.format("fixed_rate=%d/s p50_ms=%.1f p99_ms=%.1f answered=%d failed=%d", rate, p50,
                p99, sorted.size(), failed.get()));
    }
}
