package org.iom.americas.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before the application serves anyone. The Flyway migrations
 * under {@code db/migration/<module>} in each module's jar are the single source of the schema; they are written in
 * the SQL that MySQL 8 and MariaDB 10.11+ share, so the embedded default and production run the same ones.
 * <p>
 * The data source is defined here, by the application, so the same build runs on Payara Micro and Payara Server:
 * its settings come from system properties or environment variables ({@code COORDINATION_DB_URL}, ...) because
 * Payara resolves these before any application-provided configuration exists.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=coordination.db.url}",
        user = "${MPCONFIG=coordination.db.user}",
        password = "${MPCONFIG=coordination.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
                // a connection that died with the database is found and replaced, not handed out
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // a connection handed out again within seconds is not pinged again: the ping was a round trip
                // on every checkout, two or three per request; a connection that died since fails its statement,
                // which fails the pool over as above
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                // the driver parses each distinct statement once per connection, not on every execution
                "cachePrepStmts=true",
                "prepStmtCacheSize=250",
                "prepStmtCacheSqlLimit=2048",
                "fish.payara.max-wait-time-in-millis=10000",
                "fish.payara.statement-timeout-in-seconds=60"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/coordination";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // each module numbers its own migrations (kernel 1.x, partners 2.x, projects 3.x, responses 4.x,
                // web 5.x): a module's new migration may be lower than another module's latest, and must still run
                .outOfOrder(true)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** The schema version reached, or {@code null} while the migrations have not finished. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
