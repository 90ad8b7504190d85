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
 * Benchmark data, not a test: appends N valid entries to an application's audit chain, continuing from its head,
 * the way the listener would, so the application's verification can be timed on a chain of realistic length.
 * Arguments: JDBC URL of the application's database, user, password, number of entries.
 */
public final class AuditChainGenerator {

    private static final Logger LOG = Logger.getLogger(AuditChainGenerator.class.getName());
    private static final int BATCH = 5_000;

    private AuditChainGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        long count = Long.parseLong(args[3]);
        long started = System.nanoTime();
        try (Connection connection = Jdbc.connect(args[0], args[1], args[2], "rewriteBatchedStatements", "true")) {
            connection.setAutoCommit(false);
            long seq;
            String previous;
            try (Statement head = connection.createStatement();
                 ResultSet row = head.executeQuery(
                         "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                row.next();
                seq = row.getLong(1);
                previous = row.getString(2);
            }
            Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(count, ChronoUnit.MILLIS);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, "
                    + "actor, actor_account_id, actor_organisation, action, record_type, record_id, changes, "
                    + "previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long i = 1; i <= count; i++) {
                    seq++;
                    time = time.plus(1, ChronoUnit.MILLIS).plus(i % 997, ChronoUnit.MICROS);
                    AuditRecord record = new AuditRecord(seq, time, i % 3 == 0 ? "coordinator" : "agency", i % 7,
                            i % 3 == 0 ? "IOM" : "PARTNER_AGENCY:" + (i % 40), i % 5 == 0 ? "CREATE" : "UPDATE",
                            i % 2 == 0 ? "JointProject" : "ActivityReport", Long.toString(i % 100_000),
                            "{\"status\":{\"new\":\"ACTIVE\",\"old\":\"PIPELINE\"},\"title\":{\"new\":\"Reintegration "
                                    + "support " + i + "\",\"old\":\"Reintegration " + i + "\"}}", previous);
                    String hash = record.hash();
                    insert.setLong(1, seq);
                    insert.setString(2, UtcInstantConverter.format(time));
                    insert.setString(3, record.actor());
                    insert.setLong(4, record.actorAccountId());
                    insert.setString(5, record.actorOrganisation());
                    insert.setString(6, record.action());
                    insert.setString(7, record.recordType());
                    insert.setString(8, record.recordId());
                    insert.setString(9, record.changes());
                    insert.setString(10, previous);
                    insert.setString(11, hash);
                    insert.addBatch();
                    previous = hash;
                    if (i % BATCH == 0 || i == count) {
                        insert.executeBatch();
                    }
                }
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, seq);
                head.setString(2, previous);
                head.executeUpdate();
            }
            connection.commit();
            long finalSeq = seq;
            LOG.info(() -> "Appended " + count + " entries; chain now ends at " + finalSeq + " after "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }
}
