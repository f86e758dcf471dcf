package io.ispflow.server;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation numbered from one sequence goes on, tenant by tenant, after the highest number
 * each tenant has, whether the read model has seen it yet or not.
 */
class AccountNumbersMigrationTest {

    static final String URL = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_numbers_migration");
    final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(URL, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD));

    @Test
    void eachTenantGoesOnAfterItsOwnHighestNumber() {
        migrate("17");
        UUID busy = tenant("BSY");
        UUID quiet = tenant("QT");
        UUID empty = tenant("EMP");
        created(busy, "BSY0000001");
        created(quiet, "QT0000002");
        created(busy, "BSY0000003");
        projected(busy, "BSY0000001");
        created(busy, "BSY0000004");
        projected(quiet, "QT0000005");

        migrate("18");

        assertThat(lastNumber(busy)).isEqualTo(4);
        assertThat(lastNumber(quiet)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account_number_counter WHERE tenant_id = ?", Integer.class, empty)).isZero();
    }

    private void migrate(String version) {
        Flyway.configure().dataSource(URL, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD).locations(ApplicationMigrations.LOCATIONS)
                .target(version).load().migrate();
    }

    private UUID tenant(String prefix) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (id, slug, name, account_prefix) VALUES (?, ?, ?, ?)", id, prefix.toLowerCase(), prefix, prefix);
        return id;
    }

    /** A SubscriberCreated as the event store keeps it (its sealed fields do not matter here). */
    private void created(UUID tenant, String accountNumber) {
        UUID subscriber = UUID.randomUUID();
        String payload = "{\"subscriberId\":\"" + subscriber + "\",\"tenantId\":\"" + tenant + "\",\"accountNumber\":\""
                         + accountNumber + "\",\"type\":\"HOTSPOT\"}";
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                    + "payload_type, payload_revision, payload) VALUES (?, ?, 0, 'Subscriber', '2026-01-01T00:00:00Z', "
                    + "'io.ispflow.kernel.subscriber.SubscriberCreated', '2', ?)",
                UUID.randomUUID().toString(), subscriber.toString(), payload.getBytes(StandardCharsets.UTF_8));
    }

    /** A read-model row whose event this database does not hold, as with Axon Server. */
    private void projected(UUID tenant, String accountNumber) {
        jdbc.update("INSERT INTO subscriber_view (id, tenant_id, account_number, username, type, package_id, status, created_at, "
                    + "updated_at) VALUES (?, ?, ?, 'someone', 'HOTSPOT', ?, 'ACTIVE', now(), now())",
                UUID.randomUUID(), tenant, accountNumber, UUID.randomUUID());
    }

    private long lastNumber(UUID tenant) {
        return jdbc.queryForObject("SELECT last_number FROM account_number_counter WHERE tenant_id = ?", Long.class, tenant);
    }
}
