package org.iom.americas.web.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One statement committed at once, outside any transaction of the caller: for the platform's own bookkeeping
 * (idempotency keys, import progress) that other requests and instances must see while the work goes on.
 */
public final class AutoCommit {

    private AutoCommit() {
    }

    /** @param what what is written, for the failure's message ("the idempotency keys") */
    public static void update(DataSource dataSource, String what, String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        } catch (SQLException unavailable) {
            throw new IllegalStateException(what + " could not be written", unavailable);
        }
    }
}
