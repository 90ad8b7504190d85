package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.iom.americas.kernel.audit.AuditRecord;
import org.iom.americas.kernel.audit.ChainVerification;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.junit.jupiter.api.Test;

/**
 * The documented backup and restore commands (ops/backup.sh, ops/restore.sh) on the integration tests' database,
 * which the other tests have filled: the restore into an empty database holds the same rows in every table, and its
 * audit chain verifies, head included. A restore into a database that is not empty is refused.
 */
class BackupRestoreIT {

    private static final String RESTORED = "coordination_it_restored";

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasTheSameRecordsAndAnIntactAuditChain() throws Exception {
        String source = "coordination_it";
        Path backup = Files.createTempFile("coordination-backup", ".sql.gz");
        try (Connection admin = connect(source); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + RESTORED);
        }
        run(List.of("bash", "../ops/backup.sh", backup.toString()), source);
        assertThat(Files.size(backup)).isGreaterThan(1_000);
        run(List.of("bash", "../ops/restore.sh", backup.toString(), RESTORED), source);

        Map<String, Long> original = counts(source);
        assertThat(original.get("audit_entry")).as("the other tests have written records").isGreaterThan(10);
        assertThat(counts(RESTORED)).isEqualTo(original);
        ChainVerification.Result chain = verify(RESTORED);
        assertThat(chain.intact()).as(chain.toString()).isTrue();
        assertThat(chain.checked()).isEqualTo(original.get("audit_entry"));

        // a second restore would mix with what is there: refused, and nothing changes
        Process refused = start(List.of("bash", "../ops/restore.sh", backup.toString(), RESTORED), source);
        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(3);
        assertThat(counts(RESTORED)).isEqualTo(original);
        Files.deleteIfExists(backup);
        try (Connection admin = connect(source); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE " + RESTORED);
        }
    }

    private static void run(List<String> command, String database) throws IOException, InterruptedException {
        Process process = start(command, database);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Process start(List<String> command, String database) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("COORDINATION_DB_HOST", System.getProperty("it.db.host"));
        builder.environment().put("COORDINATION_DB_PORT", System.getProperty("it.db.port"));
        builder.environment().put("COORDINATION_DB_NAME", database);
        builder.environment().put("COORDINATION_DB_USER", System.getProperty("it.db.user"));
        builder.environment().put("COORDINATION_DB_PASSWORD", System.getProperty("it.db.password"));
        return builder.directory(new File(".")).start();
    }

    private static Map<String, Long> counts(String database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = connect(database); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The restored chain, walked as the application's verification walks it, to its head. */
    private static ChainVerification.Result verify(String database) throws SQLException {
        ChainVerification verification = new ChainVerification();
        try (Connection db = connect(database);
             PreparedStatement entries = db.prepareStatement("SELECT seq, occurred_at, actor, actor_account_id, "
                     + "actor_organisation, action, record_type, record_id, changes, previous_hash, entry_hash "
                     + "FROM audit_entry ORDER BY seq");
             ResultSet rows = entries.executeQuery()) {
            while (rows.next()) {
                verification.accept(new AuditRecord(rows.getLong(1), UtcInstantConverter.parse(rows.getString(2)),
                        rows.getString(3), rows.getObject(4, Long.class), rows.getString(5), rows.getString(6),
                        rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10)),
                        rows.getString(11));
            }
            try (Statement sql = db.createStatement();
                 ResultSet head = sql.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                head.next();
                verification.finish(head.getLong(1), head.getString(2));
            }
        }
        return verification.result();
    }

    private static Connection connect(String database) throws SQLException {
        return Jdbc.connect("jdbc:mysql://" + System.getProperty("it.db.host") + ":" + System.getProperty("it.db.port")
                + "/" + database, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }
}
