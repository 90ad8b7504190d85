package org.iom.americas.web.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.web.platform.AutoCommit;
import org.iom.americas.web.platform.SchemaMigration;

/**
 * The import jobs, kept in the database so that any instance of a cluster can tell an importer how far a job is.
 * Each write is its own short transaction: progress is visible while the rows are still being applied.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobs {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    public long open(ImportKind kind, ImportMode mode, String fileName, long accountId, int totalRows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO import_job (kind, mode, file_name, "
                     + "account_id, state, total_rows, created_at) VALUES (?, ?, ?, ?, 'RUNNING', ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            connection.setAutoCommit(true);
            insert.setString(1, kind.name());
            insert.setString(2, mode.name());
            insert.setString(3, fileName);
            insert.setLong(4, accountId);
            insert.setInt(5, totalRows);
            insert.setString(6, UtcInstantConverter.format(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException unavailable) {
            throw new IllegalStateException("The import could not be recorded", unavailable);
        }
    }

    public void progress(long id, int processed) {
        update("UPDATE import_job SET processed_rows = ? WHERE id = ?", processed, id);
    }

    /**
     * @param imported whether the rows were kept (not in a dry run, nor in an all-or-nothing import with a wrong row)
     * @param counted  whether the good rows count: a dry run counts what it would do, a refused file nothing
     */
    public void finish(long id, List<RowOutcome> outcomes, boolean imported, boolean counted) {
        int[] counts = new int[RowOutcome.Result.values().length];
        outcomes.forEach(o -> counts[o.result().ordinal()]++);
        update("UPDATE import_job SET state = 'DONE', processed_rows = total_rows, created_count = ?, "
                        + "updated_count = ?, unchanged_count = ?, rejected_count = ?, outcomes = ?, failure = ?, "
                        + "finished_at = ? WHERE id = ?",
                counted ? counts[RowOutcome.Result.CREATED.ordinal()] : 0,
                counted ? counts[RowOutcome.Result.UPDATED.ordinal()] : 0,
                counted ? counts[RowOutcome.Result.UNCHANGED.ordinal()] : 0,
                counts[RowOutcome.Result.REJECTED.ordinal()], json(outcomes).toString(),
                imported ? null : "NOT_IMPORTED", UtcInstantConverter.format(Instant.now()), id);
    }

    public void fail(long id, String reason) {
        update("UPDATE import_job SET state = 'FAILED', failure = ?, finished_at = ? WHERE id = ?",
                reason.length() > 500 ? reason.substring(0, 500) : reason,
                UtcInstantConverter.format(Instant.now()), id);
    }

    /** The job, if it is the account's own (or the caller may read every job). */
    public Optional<ImportJobView> find(long id, Long accountId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT id, kind, mode, file_name, state, "
                     + "total_rows, processed_rows, created_count, updated_count, unchanged_count, rejected_count, "
                     + "failure, created_at, finished_at, outcomes, account_id FROM import_job WHERE id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next() || accountId != null && row.getLong(16) != accountId) {
                    return Optional.empty();
                }
                String failure = row.getString(12);
                boolean imported = failure == null;
                return Optional.of(new ImportJobView(row.getLong(1), ImportKind.valueOf(row.getString(2)),
                        ImportMode.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getInt(6),
                        row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10), row.getInt(11), imported,
                        failure, UtcInstantConverter.parse(row.getString(13)),
                        row.getString(14) == null ? null : UtcInstantConverter.parse(row.getString(14)),
                        outcomes(row.getString(15))));
            }
        } catch (SQLException unavailable) {
            throw new IllegalStateException("The import could not be read", unavailable);
        }
    }

    private static JsonArray json(List<RowOutcome> outcomes) {
        JsonArrayBuilder rows = SharedJson.arrayBuilder();
        for (RowOutcome outcome : outcomes) {
            JsonArrayBuilder problems = SharedJson.arrayBuilder();
            outcome.problems().forEach(p -> problems.add(SharedJson.objectBuilder()
                    .add("column", p.column() == null ? JsonValue.NULL : Json.createValue(p.column()))
                    .add("message", p.message())));
            rows.add(SharedJson.objectBuilder().add("row", outcome.row()).add("result", outcome.result().name())
                    .add("recordId", outcome.recordId() == null ? JsonValue.NULL : Json.createValue(outcome.recordId()))
                    .add("problems", problems));
        }
        return rows.build();
    }

    private static List<RowOutcome> outcomes(String json) {
        if (json == null) {
            return List.of();
        }
        List<RowOutcome> outcomes = new ArrayList<>();
        try (JsonReader reader = SharedJson.reader(json)) {
            for (JsonObject row : reader.readArray().getValuesAs(JsonObject.class)) {
                List<RowOutcome.CellProblem> problems = row.getJsonArray("problems").getValuesAs(JsonObject.class)
                        .stream().map(p -> new RowOutcome.CellProblem(p.isNull("column") ? null
                                : p.getString("column"), p.getString("message"))).toList();
                outcomes.add(new RowOutcome(row.getInt("row"), RowOutcome.Result.valueOf(row.getString("result")),
                        row.isNull("recordId") ? null : row.getJsonNumber("recordId").longValue(), problems));
            }
        }
        return outcomes;
    }

    private void update(String sql, Object... arguments) {
        AutoCommit.update(dataSource, "The import", sql, arguments);
    }
}
