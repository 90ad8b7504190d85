package org.iom.americas.web.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.iom.americas.kernel.persistence.UtcInstantConverter;

/**
 * The store of idempotency keys, each step in its own short transaction: claiming a key is visible to every other
 * request (and instance) at once, so a concurrent retry sees "still running" instead of waiting for it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyKeys {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /** What a key already stands for. */
    public record Earlier(String requestHash, boolean done, Integer status, String contentType, String location,
                          byte[] body) {
    }

    /** Claims a key for this request, or tells what it already stands for. */
    public Optional<Earlier> claim(String caller, String key, String requestHash) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO idempotency_key "
                    + "(caller, idem_key, request_hash, state, created_at) VALUES (?, ?, ?, 'RUNNING', ?)")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                insert.setString(4, UtcInstantConverter.format(Instant.now()));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT request_hash, state, status, "
                    + "content_type, location, body FROM idempotency_key WHERE caller = ? AND idem_key = ?")) {
                read.setString(1, caller);
                read.setString(2, key);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        // released meanwhile: claim it again
                        return claim(caller, key, requestHash);
                    }
                    return Optional.of(new Earlier(row.getString(1), "DONE".equals(row.getString(2)),
                            row.getObject(3, Integer.class), row.getString(4), row.getString(5), row.getBytes(6)));
                }
            }
        } catch (SQLException unavailable) {
            throw new IllegalStateException("The idempotency keys could not be read", unavailable);
        }
    }

    /** Keeps the answer, so a retry replays it. */
    public void complete(String caller, String key, int status, String contentType, String location, byte[] body) {
        update("UPDATE idempotency_key SET state = 'DONE', status = ?, content_type = ?, location = ?, body = ? "
                + "WHERE caller = ? AND idem_key = ?", status, contentType, location, body, caller, key);
    }

    /** Forgets a key whose request failed on our side, so a retry runs the request again. */
    public void release(String caller, String key) {
        update("DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND state = 'RUNNING'", caller, key);
    }

    private void update(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        } catch (SQLException unavailable) {
            throw new IllegalStateException("The idempotency keys could not be written", unavailable);
        }
    }
}
