package org.iom.americas.web.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (the server down, the network cut, the pool unable to
 * open a connection) from a bug: the first is a 503 with Retry-After, the second a 500 with an incident id.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                    || cause.getClass().getName().startsWith("jakarta.resource.")
                    || cause.getClass().getName().startsWith("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Error in allocating a connection") || message.contains("Communications link failure")) {
                return true;
            }
        }
        return false;
    }
}
