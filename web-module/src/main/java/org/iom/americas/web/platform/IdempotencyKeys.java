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
            // a key left RUNNING by a request that died with its instance or its database: the change and the
            // answer commit together (completeWithin), so an old RUNNING key changed nothing and may run again
            try (PreparedStatement reclaim = connection.prepareStatement("UPDATE idempotency_key SET created_at = ? "
                    + "WHERE caller = ? AND idem_key = ? AND request_hash = ? AND state = 'RUNNING' "
                    + "AND created_at < ?")) {
                Instant now = Instant.now();
                reclaim.setString(1, UtcInstantConverter.format(now));
                reclaim.setString(2, caller);
                reclaim.setString(3, key);
                reclaim.setString(4, requestHash);
                reclaim.setString(5, UtcInstantConverter.format(now.minusSeconds(abandonedAfterSeconds())));
                if (reclaim.executeUpdate() == 1) {
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

    /**
     * Keeps a successful answer in the transaction of the change it answers: both commit, or neither does, so a
     * crash between them can neither lose the answer of a kept change nor keep an answer without its change.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void completeWithin(String caller, String key, int status, String contentType, String location,
                               byte[] body) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement done = connection.prepareStatement("UPDATE idempotency_key SET state = 'DONE', "
                     + "status = ?, content_type = ?, location = ?, body = ? WHERE caller = ? AND idem_key = ?")) {
            done.setInt(1, status);
            done.setString(2, contentType);
            done.setString(3, location);
            done.setBytes(4, body);
            done.setString(5, caller);
            done.setString(6, key);
            done.executeUpdate();
        } catch (SQLException unavailable) {
            throw new IllegalStateException("The idempotency keys could not be written", unavailable);
        }
    }

    /**
     * How long a key may stay RUNNING before it counts as abandoned: longer than any request may take (the HTTP
     * listener cuts requests off after 120 s).
     */
    static long abandonedAfterSeconds() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("coordination.idempotency.abandoned-after-seconds", Long.class).orElse(180L);
    }

    /** Keeps the answer, so a retry replays it. */
    public void complete(String caller, String key, int status, String contentType, String location, byte[] body) {
        update("UPDATE idempotency_key SET state = 'DONE', status = ?, content_type = ?, location = ?, body = ? "
                + "WHERE caller = ? AND idem_key = ?", status, contentType, location, body, caller, key);
    }

    /**
     * Forgets a key whose request failed on our side, so a retry runs the request again. Best effort: when the
     * database is what failed, the key is left RUNNING and counts as abandoned later.
     */
    public void release(String caller, String key) {
        try {
            update("DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND state = 'RUNNING'", caller,
                    key);
        } catch (IllegalStateException unavailable) {
            java.util.logging.Logger.getLogger(IdempotencyKeys.class.getName()).warning(
                    "idempotency key left running (database unavailable): " + unavailable.getCause());
        }
    }

    private void update(String sql, Object... arguments) {
        AutoCommit.update(dataSource, "The idempotency keys", sql, arguments);
    }
}
