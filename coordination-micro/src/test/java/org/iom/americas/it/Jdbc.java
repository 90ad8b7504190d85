package org.iom.americas.it;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/** A JDBC connection for the build's helpers and benchmarks, which run in class loaders DriverManager ignores. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Connection connect(String url, String user, String password, String... properties)
            throws SQLException {
        // short-lived runs need no cleanup thread, which would only hold the build up when they end
        System.setProperty("com.mysql.cj.disableAbandonedConnectionCleanup", "true");
        Driver driver;
        try {
            driver = (Driver) Class.forName("com.mysql.cj.jdbc.Driver", true,
                    Thread.currentThread().getContextClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("mysql-connector-j is not on the class path", e);
        }
        Properties settings = new Properties();
        settings.setProperty("user", user);
        settings.setProperty("password", password == null ? "" : password);
        for (int i = 0; i + 1 < properties.length; i += 2) {
            settings.setProperty(properties[i], properties[i + 1]);
        }
        Connection connection = driver.connect(url, settings);
        if (connection == null) {
            throw new SQLException("not a MySQL URL: " + url);
        }
        return connection;
    }
}
