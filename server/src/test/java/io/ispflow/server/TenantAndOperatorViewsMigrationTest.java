package io.ispflow.server;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation from before the tenant and operator lists were part of the read model lists, and
 * names in histories, every tenant and operator it had: the processor has long passed their events.
 */
class TenantAndOperatorViewsMigrationTest {

    static final String URL = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_views_migration");
    final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(URL, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD));

    @Test
    void theListsStartFromTheDirectories() {
        migrate("18");
        UUID tenant = UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (id, slug, name, account_prefix, status) VALUES (?, 'hillside', 'Hillside', 'HS', 'SUSPENDED')",
                tenant);
        UUID removed = UUID.randomUUID();
        jdbc.update("INSERT INTO operator (id, tenant_id, username, password_hash, role, removed) VALUES (?, ?, 'gone', 'x', 'ADMIN', true)",
                removed, tenant);

        migrate("20");

        assertThat(jdbc.queryForMap("SELECT slug, name, account_prefix, status FROM tenant_view WHERE id = ?", tenant))
                .containsValues("hillside", "Hillside", "HS", "SUSPENDED");
        assertThat(jdbc.queryForMap("SELECT tenant_id, username, role, removed FROM operator_view WHERE id = ?", removed))
                .containsValues(tenant, "gone", "ADMIN", true);
    }

    private void migrate(String version) {
        Flyway.configure().dataSource(URL, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD).locations(ApplicationMigrations.LOCATIONS)
                .target(version).load().migrate();
    }
}
