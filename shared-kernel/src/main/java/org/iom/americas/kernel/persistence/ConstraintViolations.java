package org.iom.americas.kernel.persistence;

import java.sql.SQLException;

/** Reads what the database said when a write was refused. */
public final class ConstraintViolations {

    // MySQL and MariaDB: ER_DUP_ENTRY, a unique key already holds the value
    private static final int DUPLICATE_ENTRY = 1062;

    private ConstraintViolations() {
    }

    /** Whether a unique key refused the write: the natural key of the record is taken already. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
                return true;
            }
            if (cause == cause.getCause()) {
                return false;
            }
        }
        return false;
    }
}
