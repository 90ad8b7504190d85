package org.iom.americas.kernel.error;

/** The caller edited a version of the record that someone else has changed since. */
public class StaleVersionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public StaleVersionException(String recordType, Object id, long expectedVersion, long currentVersion) {
        super("problem.staleVersion.detail", recordType, String.valueOf(id), expectedVersion, currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
