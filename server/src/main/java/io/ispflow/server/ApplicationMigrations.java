package io.ispflow.server;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application database's Flyway migrations. Each module keeps the migrations of the tables it
 * owns in {@code db/app/<module>}; the server only runs them, in every process whatever its roles,
 * as one sequence: versions are unique across the modules, so a new migration takes the next
 * version wherever it lives (docs/operations.md, "Schema migrations").
 */
@Configuration
public class ApplicationMigrations {

    /** Flyway locations, one a module. */
    public static final String[] LOCATIONS = {
            "classpath:db/app/event-store",   // Axon's tables: events, snapshots, tokens, dead letters
            "classpath:db/app/command-side",  // claims and allocators, tenants, operators
            "classpath:db/app/projections",   // the read model
            "classpath:db/app/sessions",      // sessions and usage from the accounting, CoA requests sent
            "classpath:db/app/server"};       // sign-in sessions, subject keys, the master key's check

    @Bean
    FlywayConfigurationCustomizer applicationMigrationLocations() {
        return flyway -> flyway.locations(LOCATIONS);
    }
}
