package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard counts one ISP's subscribers, packages and routers from the read model. Each test
 * runs in a tenant of its own, so the counts are exact whatever other tests created.
 */
@ApiTest
class DashboardTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    Api isp;
    String home;
    String office;
    long last;

    @BeforeEach
    void aFreshIsp() {
        isp = OtherTenant.signIn(port, appDatabase, passwords);
        home = isp.post("/api/v1/packages", Map.of("name", "Home 20", "downloadKbps", 20000, "uploadKbps", 5000)).id();
        office = isp.post("/api/v1/packages", Map.of("name", "Office 50", "downloadKbps", 50000, "uploadKbps", 20000)).id();
    }

    @Test
    void anEmptyIspSeesEveryStatusAndPackageAtZero() {
        JsonNode dashboard = isp.getCaughtUp("/api/v1/dashboard", lastPosition()).body();

        assertThat(dashboard.get("subscribersByStatus").toString())
                .isEqualTo("{\"ACTIVE\":0,\"SUSPENDED\":0,\"EXPIRED\":0,\"TERMINATED\":0}");
        assertThat(dashboard.get("routersByState").toString()).isEqualTo("{\"ACTIVE\":0,\"DECOMMISSIONED\":0}");
        assertThat(dashboard.get("subscribersByPackage")).hasSize(2);
        assertThat(dashboard.get("subscribersByPackage").get(0).get("count").asLong()).isZero();
        assertThat(dashboard.get("expiringSoon").get("count").asLong()).isZero();
        assertThat(dashboard.get("expiringSoon").get("soonest")).isEmpty();
    }

    @Test
    void subscribersAreCountedByStatusAndByPackage() {
        subscriber("active", home, null);
        String suspended = subscriber("suspended", home, null);
        String terminated = subscriber("terminated", home, null);
        subscriber("office", office, null);
        subscriber("lapsed", office, NOW.minus(Duration.ofDays(1)));
        isp.post("/api/v1/subscribers/" + suspended + "/suspend", Map.of("reason", "unpaid"));
        last = isp.delete("/api/v1/subscribers/" + terminated).position();

        JsonNode dashboard = Eventually.value(() -> isp.getCaughtUp("/api/v1/dashboard", last).body(),
                body -> body.get("subscribersByStatus").get("EXPIRED").asLong() == 1, Duration.ofSeconds(20));

        assertThat(dashboard.get("subscribersByStatus").toString())
                .isEqualTo("{\"ACTIVE\":2,\"SUSPENDED\":1,\"EXPIRED\":1,\"TERMINATED\":1}");
        assertThat(packageCounts(dashboard)).isEqualTo(Map.of("Home 20", 2L, "Office 50", 2L));
        assertThat(dashboard.get("subscribersByPackage").get(0).get("id").asString()).isEqualTo(home);
    }

    @Test
    void routersAreCountedByState() {
        isp.post("/api/v1/routers", Map.of("name", "dash-core"));
        String retired = isp.post("/api/v1/routers", Map.of("name", "dash-old")).id();
        last = isp.post("/api/v1/routers/" + retired + "/decommission", Map.of()).position();

        JsonNode dashboard = isp.getCaughtUp("/api/v1/dashboard", last).body();

        assertThat(dashboard.get("routersByState").toString()).isEqualTo("{\"ACTIVE\":1,\"DECOMMISSIONED\":1}");
    }

    @Test
    void subscriptionsEndingWithinSevenDaysAreCountedAndTheSoonestListed() {
        String inThreeDays = subscriber("three-days", home, NOW.plus(Duration.ofDays(3)));
        String tomorrow = subscriber("tomorrow", office, NOW.plus(Duration.ofDays(1)));
        subscriber("next-month", home, NOW.plus(Duration.ofDays(30)));
        subscriber("no-end", home, null);
        String terminated = subscriber("terminated-soon", home, NOW.plus(Duration.ofDays(2)));
        last = isp.delete("/api/v1/subscribers/" + terminated).position();

        JsonNode expiring = isp.getCaughtUp("/api/v1/dashboard", last).body().get("expiringSoon");

        assertThat(expiring.get("count").asLong()).isEqualTo(2);
        assertThat(Instant.parse(expiring.get("until").asString())).isBetween(NOW.plus(Duration.ofDays(7)),
                Instant.now().plus(Duration.ofDays(7)));
        assertThat(expiring.get("soonest")).hasSize(2);
        assertThat(expiring.get("soonest").get(0).get("id").asString()).isEqualTo(tomorrow);
        assertThat(expiring.get("soonest").get(0).get("packageName").asString()).isEqualTo("Office 50");
        assertThat(expiring.get("soonest").get(1).get("id").asString()).isEqualTo(inThreeDays);
    }

    @Test
    void theDashboardWaitsForXMinPositionAndRefusesOneNoWriteHas() {
        Api.Answer created = isp.post("/api/v1/routers", Map.of("name", "dash-wait"));

        assertThat(isp.getCaughtUp("/api/v1/dashboard", created.position()).body()
                .get("routersByState").get("ACTIVE").asLong()).isEqualTo(1);
        Api.Answer beyond = isp.get("/api/v1/dashboard", created.position() + 1_000_000);
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.code()).isEqualTo("POSITION_BEYOND_HEAD");
    }

    @Test
    void theDashboardNeedsAToken() {
        assertThat(new Api(port).get("/api/v1/dashboard").status()).isEqualTo(401);
    }

    private String subscriber(String name, String packageId, Instant expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("username", "dash-" + name + "-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "secret-123", "type", "PPPOE", "packageId", packageId));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        Api.Answer created = isp.post("/api/v1/subscribers", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        last = created.position();
        return created.id();
    }

    private long lastPosition() {
        return appDatabase.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    private static Map<String, Long> packageCounts(JsonNode dashboard) {
        Map<String, Long> counts = new HashMap<>();
        dashboard.get("subscribersByPackage").forEach(row -> counts.put(row.get("name").asString(), row.get("count").asLong()));
        return counts;
    }
}
