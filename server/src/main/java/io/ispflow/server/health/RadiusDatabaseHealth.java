package io.ispflow.server.health;

import io.ispflow.radius.RadiusDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Part of readiness in a process with the radius role: its RADIUS database answers. Elsewhere
 * UNKNOWN, which leaves readiness to the other indicators.
 */
@Component("radiusDbHealthIndicator")
class RadiusDatabaseHealth implements HealthIndicator {

    private final ObjectProvider<RadiusDatabase> radius;

    RadiusDatabaseHealth(ObjectProvider<RadiusDatabase> radius) {
        this.radius = radius;
    }

    @Override
    public Health health() {
        RadiusDatabase database = radius.getIfAvailable();
        if (database == null) {
            return Health.unknown().withDetail("database", "not in this process (no radius role)").build();
        }
        try (Connection connection = database.dataSource().getConnection()) {
            return (connection.isValid(2) ? Health.up() : Health.down())
                    .withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
