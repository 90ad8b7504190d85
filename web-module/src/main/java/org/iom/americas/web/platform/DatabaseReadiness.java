package org.iom.americas.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the database answers and its schema is migrated: a load balancer then sends traffic. When the
 * database is down this says DOWN while liveness stays UP, so the instance is taken out of rotation, not restarted.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        String version = schema.schemaVersion();
        if (version == null) {
            return response.down().withData("schema", "migrating").build();
        }
        response.withData("schema", version);
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? response.up().withData("product", connection.getMetaData().getDatabaseProductName()).build()
                    : response.down().withData("error", "connection not valid").build();
        } catch (SQLException unreachable) {
            return response.down().withData("error", "unreachable").build();
        }
    }
}
