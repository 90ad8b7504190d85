package org.iom.americas.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and recreates the integration tests' database before the tests start, so every run proves that the
 * migrations build the schema from nothing. Run by the build (exec plugin), not by a test.
 */
public final class EmptyTestDatabase {

    private EmptyTestDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String serverUrl = args[0];
        String database = args[3];
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a test database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, args[1], args[2]);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
