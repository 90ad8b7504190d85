package org.iom.americas.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.iom.americas.it.Jdbc;
import org.iom.americas.kernel.audit.AuditRecord;
import org.iom.americas.kernel.persistence.UtcInstantConverter;

/**
 * Benchmark, not a test: what the audit hook adds to a simple update, measured where the hook spends it, in the
 * database. Runs the same one-row update transaction N times alone, then N times with the statements the listener
 * adds (lock the chain head, hash, insert the entry, advance the head), one writer, and prints both rates.
 * Arguments: JDBC URL of an application database (migrated, with at least one partner government), user,
 * password, N.
 */
public final class AuditWriteCost {

    private static final Logger LOG = Logger.getLogger(AuditWriteCost.class.getName());

    private AuditWriteCost() {
    }

    public static void main(String[] args) throws SQLException {
        int n = Integer.parseInt(args[3]);
        try (Connection connection = Jdbc.connect(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            long government;
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("SELECT MIN(id) FROM partner_government")) {
                row.next();
                government = row.getLong(1);
            }
            run(connection, government, n / 10, false);
            double alone = run(connection, government, n, false);
            run(connection, government, n / 10, true);
            double audited = run(connection, government, n, true);
            LOG.info(() -> String.format("simple update: %.0f tx/s alone, %.0f tx/s with the audit append "
                    + "(%.0f%% of alone), one writer, %d transactions each", alone, audited, 100 * audited / alone, n));
        }
    }

    private static double run(Connection connection, long government, int n, boolean audit) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement update = connection.prepareStatement("UPDATE partner_government SET notes = ?, "
                + "version = version + 1, updated_at = ? WHERE id = ?");
             PreparedStatement head = connection.prepareStatement(
                     "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, "
                     + "actor, actor_account_id, actor_organisation, action, record_type, record_id, changes, "
                     + "previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement advance = connection.prepareStatement(
                     "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            for (int i = 0; i < n; i++) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                update.setString(1, "benchmark note " + i);
                update.setString(2, UtcInstantConverter.format(now));
                update.setLong(3, government);
                update.executeUpdate();
                if (audit) {
                    long seq;
                    String previous;
                    try (ResultSet row = head.executeQuery()) {
                        row.next();
                        seq = row.getLong(1) + 1;
                        previous = row.getString(2);
                    }
                    AuditRecord record = new AuditRecord(seq, now, "benchmark", 1L, "IOM", "UPDATE",
                            "PartnerGovernment", Long.toString(government),
                            "{\"notes\":{\"new\":\"benchmark note " + i + "\",\"old\":\"benchmark note " + (i - 1)
                                    + "\"}}", previous);
                    String hash = record.hash();
                    insert.setLong(1, seq);
                    insert.setString(2, UtcInstantConverter.format(now));
                    insert.setString(3, record.actor());
                    insert.setLong(4, 1L);
                    insert.setString(5, "IOM");
                    insert.setString(6, "UPDATE");
                    insert.setString(7, "PartnerGovernment");
                    insert.setString(8, record.recordId());
                    insert.setString(9, record.changes());
                    insert.setString(10, previous);
                    insert.setString(11, hash);
                    insert.executeUpdate();
                    advance.setLong(1, seq);
                    advance.setString(2, hash);
                    advance.executeUpdate();
                }
                connection.commit();
            }
        }
        return n / ((System.nanoTime() - started) / 1e9);
    }
}
