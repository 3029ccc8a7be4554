package org.dualimpact.web.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.persistence.schema.SchemaMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and its schema is at the version this build expects.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(5);
            int current = new SchemaMigrations(dataSource).currentVersion();
            int expected = SchemaMigrations.expectedVersion();
            return response.status(valid && current == expected)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", current)
                    .withData("expectedSchemaVersion", expected)
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
