package org.iom.americas.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * The floor of benchmark R3, not a test: the rows one POST /api/requests writes (the request, its two places, area
 * and two objectives), inserted with plain JDBC, one transaction per request and the same durability (the server's
 * settings, commit on every request), by as many threads as wrk has connections. No validation, audit entry or hash
 * chain. Prints requests per second. Arguments: JDBC URL, user, password, threads, seconds, government id, account id.
 */
public final class PlainInsertBaseline {

    private static final Logger LOG = Logger.getLogger(PlainInsertBaseline.class.getName());

    private PlainInsertBaseline() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        long government = Long.parseLong(args[5]);
        long account = Long.parseLong(args[6]);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long done = 0;
                try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
                    db.setAutoCommit(false);
                    while (System.nanoTime() < until) {
                        insertOne(db, government, account);
                        db.commit();
                        done++;
                    }
                }
                return done;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        double perSecond = total / (double) seconds;
        long written = total;
        LOG.info(() -> String.format("plain_jdbc_requests_per_second=%.1f (%d requests in %d s)", perSecond,
                written, seconds));
    }

    private static void insertOne(Connection db, long government, long account) throws Exception {
        String now = Instant.now().toString().replace('T', ' ').replace("Z", "");
        long id;
        try (PreparedStatement request = db.prepareStatement("INSERT INTO assistance_request (government_id, "
                + "author_account_id, request_type, title, description, country, urgency, requested_start, "
                + "budget_amount, budget_currency, status, version, created_at, updated_at) "
                + "VALUES (?, ?, 'BORDER_MANAGEMENT', ?, ?, 'MX', 'PRIORITY', '2027-03-01', 250000.00, 'USD', 'DRAFT', "
                + "0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            request.setLong(1, government);
            request.setLong(2, account);
            request.setString(3, "Training for border officials");
            request.setString(4, "Training for border officials at the northern crossings");
            request.setString(5, now);
            request.setString(6, now);
            request.executeUpdate();
            try (ResultSet key = request.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
        }
        try (PreparedStatement places = db.prepareStatement(
                "INSERT INTO assistance_request_location (request_id, name) VALUES (?, 'Chiapas'), (?, 'Tabasco')");
             PreparedStatement area = db.prepareStatement(
                     "INSERT INTO assistance_request_area (request_id, iom_area) VALUES (?, 'REGULATED_MIGRATION')");
             PreparedStatement objectives = db.prepareStatement(
                     "INSERT INTO assistance_request_objective (request_id, objective) VALUES (?, 11), (?, 23)")) {
            places.setLong(1, id);
            places.setLong(2, id);
            places.executeUpdate();
            area.setLong(1, id);
            area.executeUpdate();
            objectives.setLong(1, id);
            objectives.setLong(2, id);
            objectives.executeUpdate();
        }
    }
}
