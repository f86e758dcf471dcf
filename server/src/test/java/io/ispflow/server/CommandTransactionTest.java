package io.ispflow.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package catalog, the subscription ends and the tenant and operator directories are written in the
 * command's own transaction. When such a write fails, the command fails and stores nothing: a 2xx always
 * means the events are stored. The database failures are made by a CHECK constraint that refuses one
 * marked value, so each processor's own write is what fails.
 */
@ApiTest
class CommandTransactionTest {

    static {
        ApiTest.Databases.prepare();
    }

    private static final String REFUSING_CONSTRAINT = "refused_by_the_test";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api api;
    Api platform;
    Refusals refusals;
    String table;

    @BeforeEach
    void signIn() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        refusals = new Refusals(appDatabase);
    }

    @AfterEach
    void acceptEverythingAgain() {
        if (table != null) {
            appDatabase.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + REFUSING_CONSTRAINT);
            table = null;
        }
    }

    @Test
    void aRenewalToTheYear300000IsRefusedAndNothingIsStored() {
        String subscriber = aSubscriber();
        Object end = endOf(subscriber);

        refusals.expect(() -> api.postRaw("/api/v1/subscribers/" + subscriber + "/renew", "{\"until\":\"+300000-01-01T00:00:00Z\"}"),
                400, "VALIDATION_FAILED", "until");

        assertThat(endOf(subscriber)).isEqualTo(end);
    }

    @Test
    void aTenantNamedWithANulIsRefusedAndNothingIsStored() {
        String slug = "nul-" + suffix();

        refusals.expect(() -> platform.post("/api/v1/tenants", tenant("Lake\u0000side", slug)), 400, "VALIDATION_FAILED", "name");

        assertThat(appDatabase.queryForObject("SELECT count(*) FROM tenant_slug_claim WHERE slug = ?", Long.class, slug)).isZero();
    }

    @Test
    void aFailedWriteOfThePackageCatalogFailsTheCommand() {
        refuseInTheDatabase("package_catalog", "validity_days <> 77");

        refusals.expect(() -> api.post("/api/v1/packages", Map.of("name", "Refused", "downloadKbps", 1000, "uploadKbps", 1000,
                "validityDays", 77)), 500, "INTERNAL_ERROR", null);
    }

    @Test
    void aFailedCommandDoesNotHoldUpTheReadOfALaterWrite() {
        refuseInTheDatabase("package_catalog", "validity_days <> 78");
        refusals.expect(() -> api.post("/api/v1/packages", Map.of("name", "Refused", "downloadKbps", 1000, "uploadKbps", 1000,
                "validityDays", 78)), 500, "INTERNAL_ERROR", null);

        Api.Answer later = api.post("/api/v1/packages", Map.of("name", "Later", "downloadKbps", 1000, "uploadKbps", 1000));

        assertThat(api.get("/api/v1/packages/" + later.id(), later.position()).status())
                .as("its events took a position that stays a gap for ever").isEqualTo(200);
    }

    @Test
    void aFailedWriteOfASubscriptionEndFailsTheCommand() {
        String subscriber = aSubscriber();
        Object end = endOf(subscriber);
        Instant refused = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        refuseInTheDatabase("subscription_end", "ends_at <> '" + refused + "'");

        refusals.expect(() -> api.post("/api/v1/subscribers/" + subscriber + "/renew", Map.of("until", refused.toString())),
                500, "INTERNAL_ERROR", null);

        assertThat(endOf(subscriber)).isEqualTo(end);
    }

    @Test
    void aFailedWriteOfTheTenantDirectoryFailsTheCommandAndFreesTheSlug() {
        String slug = "refused-" + suffix();
        refuseInTheDatabase("tenant", "name <> 'Refused by the database'");

        refusals.expect(() -> platform.post("/api/v1/tenants", tenant("Refused by the database", slug)), 500, "INTERNAL_ERROR", null);

        assertThat(platform.post("/api/v1/tenants", tenant("Accepted at last", slug)).status()).isEqualTo(201);
    }

    @Test
    void aFailedWriteOfTheOperatorDirectoryFailsTheCommandAndFreesTheUsername() {
        String username = "refused-" + suffix();
        refuseInTheDatabase("operator", "username <> '" + username + "'");
        Map<String, String> operator = Map.of("username", username, "password", "operator-password", "role", "ADMIN");

        refusals.expect(() -> api.post("/api/v1/operators", operator), 500, "INTERNAL_ERROR", null);

        acceptEverythingAgain();
        assertThat(api.post("/api/v1/operators", operator).status()).isEqualTo(201);
    }

    private void refuseInTheDatabase(String table, String check) {
        appDatabase.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + REFUSING_CONSTRAINT + " CHECK (" + check + ") NOT VALID");
        this.table = table;
    }

    private String aSubscriber() {
        String pkg = api.post("/api/v1/packages", Map.of("name", "Monthly", "downloadKbps", 1000, "uploadKbps", 1000,
                "validityDays", 30)).id();
        return api.post("/api/v1/subscribers", Map.of("username", "tx-" + suffix(), "password", "secret-123",
                "type", "PPPOE", "packageId", pkg)).id();
    }

    private Object endOf(String subscriber) {
        return appDatabase.queryForObject("SELECT ends_at FROM subscription_end WHERE subscriber_id = ?::uuid", Object.class,
                subscriber);
    }

    private static Map<String, String> tenant(String name, String slug) {
        return Map.of("name", name, "slug", slug, "accountPrefix", "TXN", "ownerUsername", slug + "-owner",
                "ownerPassword", "tenant-owner-password");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
