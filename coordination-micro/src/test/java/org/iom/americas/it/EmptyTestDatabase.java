package org.iom.americas.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and recreates an integration-test database before the tests start, so every run proves that the
 * migrations build the schema from nothing. Run by the build (exec plugin), not by a test.
 * <p>
 * Arguments: server URL, test account, its password, database, admin account, admin password. Where the admin
 * account can log in over TCP (root without a password on a developer's MariaDB) it also creates the test account,
 * so the test command needs no manual set-up; otherwise the test account must exist (.ci/run creates it).
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
        String account = args[1];
        String password = args[2];
        if (!account.matches("[a-z_]+") || password.contains("'")) {
            throw new IllegalArgumentException("not a test account: " + account);
        }
        // Maven passes an empty argument (no admin password) as null, or not at all
        String adminPassword = args.length > 5 && args[5] != null ? args[5] : "";
        try (Connection admin = Jdbc.connect(serverUrl, args[4], adminPassword);
             Statement sql = admin.createStatement()) {
            for (String host : new String[] {"%", "localhost"}) {
                sql.execute("CREATE USER IF NOT EXISTS '" + account + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + account.replace("_", "\\_") + "%`.* TO '" + account + "'@'" + host + "'");
            }
        } catch (SQLException noAdminOverTcp) {
            // the test account was created beforehand (.ci/run does it through the server's socket)
        }
        try (Connection connection = Jdbc.connect(serverUrl, account, password);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
