package io.ispflow.server.routerhealth;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import io.ispflow.server.OtherTenant;
import io.ispflow.sessions.accounting.AccountingReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Router health over HTTP, as a router and an operator see it: heartbeats authenticated by the router's API token
 * make it ONLINE (once: heartbeats are not events), silence longer than the configured few seconds makes it OFFLINE
 * without anyone asking, and the next heartbeat ONLINE again; the list, its filter, the availability and the
 * dashboard show it.
 */
@ApiTest
class RouterHealthTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Duration SWEPT = Duration.ofSeconds(ApiTest.OFFLINE_AFTER_SECONDS + 10);
    static final String REPORT = """
            {"uptimeSeconds": 86400, "version": "7.16.2 (stable)", "board": "RB5009UG+S+", "cpuLoad": 7,
             "freeMemoryBytes": 734003200, "activeSessions": 42}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    RadiusDatabase radius;

    @Autowired
    AccountingReader accounting;

    Api owner;

    @BeforeEach
    void signIn() {
        owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
    }

    @Test
    void aNewRouterWasNeverSeen() {
        String router = register("never-seen");

        JsonNode shown = owner.get("/api/v1/routers/" + router).body();

        assertThat(shown.get("health").asString()).isEqualTo("NEVER_SEEN");
        assertThat(shown.get("lastSeenAt").isNull()).isTrue();
        assertThat(shown.get("lastReport").isNull()).isTrue();
    }

    @Test
    void aHeartbeatWithTheRoutersKeyMakesItOnlineAndShowsItsReport() {
        String router = register("beating");
        Instant before = Instant.now();

        Api.Answer beat = heartbeat(tokenOf(router), REPORT);

        assertThat(beat.status()).as(beat.text()).isEqualTo(204);
        JsonNode shown = healthShown(router, "ONLINE");
        assertThat(Instant.parse(shown.get("lastSeenAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        JsonNode report = shown.get("lastReport");
        assertThat(report.get("uptimeSeconds").asLong()).isEqualTo(86400);
        assertThat(report.get("version").asString()).isEqualTo("7.16.2 (stable)");
        assertThat(report.get("board").asString()).isEqualTo("RB5009UG+S+");
        assertThat(report.get("cpuLoad").asInt()).isEqualTo(7);
        assertThat(report.get("freeMemoryBytes").asLong()).isEqualTo(734003200L);
        assertThat(report.get("activeSessions").asInt()).isEqualTo(42);
        assertThat(shown.get("lastReportAt").isNull()).isFalse();
    }

    /** The setup script's heartbeat, its report built as RouterOS builds it from a router's values, reaches the router. */
    @Test
    void theSetupScriptsSchedulerPostsAHeartbeatTheServerTakes() {
        String router = register("scripted");
        String script = owner.get("/api/v1/routers/" + router + "/setup-script").text();
        Matcher fetch = Pattern.compile("/tool fetch url=\"https://ispflow\\.isp\\.example(/[^\"]+)\" http-method=post "
                + "http-header-field=\"([^\"]+)\" http-data=\\$report ").matcher(script);
        assertThat(fetch.find()).as(script).isTrue();
        Matcher report = Pattern.compile(":local report \\((.*)\\)\n").matcher(script);
        assertThat(report.find()).isTrue();
        String body = RouterOsConcatenation.evaluate(report.group(1), Map.of("/system resource get uptime", "1d02:03:04",
                "/system resource get version", "7.16.2 (stable)", "/system resource get board-name", "hAP ax^3",
                "/system resource get cpu-load", "12", "/system resource get free-memory", "734003200", "sessions", "3"));

        Api.Answer beat = new Api(port).exchange(fetch.group(1), request -> {
            for (String field : fetch.group(2).split(",")) {
                String[] nameAndValue = field.split(": ", 2);
                request.header(nameAndValue[0], nameAndValue[1]);
            }
            return request.POST(HttpRequest.BodyPublishers.ofString(body));
        });

        assertThat(beat.status()).as(body + " answered " + beat.text()).isEqualTo(204);
        JsonNode shown = healthShown(router, "ONLINE").get("lastReport");
        assertThat(shown.get("uptimeSeconds").asLong()).isEqualTo(93784);
        assertThat(shown.get("board").asString()).isEqualTo("hAP ax^3");
        assertThat(shown.get("activeSessions").asInt()).isEqualTo(3);
    }

    @Test
    void heartbeatsAreNotEventsOnlyTheFirstAfterSilenceIs() {
        String router = register("steady");
        String token = tokenOf(router);

        for (int beat = 0; beat < 3; beat++) {
            assertThat(heartbeat(token, "{}").status()).isEqualTo(204);
        }

        assertThat(events(router, "RouterCameOnline")).isEqualTo(1);
        assertThat(events(router, "RouterWentOffline")).isZero();
    }

    @Test
    void aSilentRouterGoesOfflineOnceAndComesBackOnlineWithItsNextHeartbeat() {
        String router = register("flaky");
        String token = tokenOf(router);
        heartbeat(token, REPORT);
        healthShown(router, "ONLINE");

        JsonNode offline = healthShown(router, "OFFLINE");
        assertThat(offline.get("lastReport").get("board").asString()).as("the last report stays").isEqualTo("RB5009UG+S+");
        assertThat(events(router, "RouterWentOffline")).isEqualTo(1);

        assertThat(heartbeat(token, "{}").status()).isEqualTo(204);
        healthShown(router, "ONLINE");
        assertThat(events(router, "RouterCameOnline")).isEqualTo(2);
        assertThat(events(router, "RouterWentOffline")).isEqualTo(1);
    }

    /** A router whose accounting arrives is alive, whether or not its heartbeat does (no public URL, a firewall). */
    @Test
    void accountingFromTheRoutersAddressKeepsItOnlineWithoutHeartbeats() throws InterruptedException {
        String router = register("accounted");
        String nas = owner.get("/api/v1/routers/" + router).body().get("tunnelAddress").asString();
        Eventually.value(() -> appDatabase.queryForObject("SELECT count(*) FROM session_nas WHERE router_id = ?", Long.class,
                UUID.fromString(router)), known -> known > 0, SWEPT);
        String session = UUID.randomUUID().toString().replace("-", "");
        radius.jdbcTemplate().update("INSERT INTO radacct (acctsessionid, acctuniqueid, username, nasipaddress, nasporttype,"
                + " acctstarttime, acctupdatetime, acctauthentic, acctinputoctets, acctoutputoctets, servicetype, framedprotocol)"
                + " VALUES (?, ?, 'health-nobody', ?::inet, 'Ethernet', now(), now(), 'RADIUS', 0, 0, 'Framed-User', 'PPP')",
                session.substring(0, 8), session, nas);
        accounting.catchUp();
        healthShown(router, "ONLINE");

        Instant until = Instant.now().plusSeconds(ApiTest.OFFLINE_AFTER_SECONDS + 2);
        while (Instant.now().isBefore(until)) {
            radius.jdbcTemplate().update("UPDATE radacct SET acctupdatetime = now() WHERE acctuniqueid = ?", session);
            accounting.catchUp();
            Thread.sleep(500);
        }

        JsonNode shown = owner.get("/api/v1/routers/" + router).body();
        assertThat(shown.get("health").asString()).isEqualTo("ONLINE");
        assertThat(shown.get("lastReport").isNull()).as("accounting is no report").isTrue();
        assertThat(Instant.parse(shown.get("lastSeenAt").asString())).isAfter(until.minusSeconds(2));
        assertThat(events(router, "RouterWentOffline")).isZero();
        assertThat(events(router, "RouterCameOnline")).isEqualTo(1);
    }

    @Test
    void availabilityCountsTheOutageFromTheLastSignOfLife() {
        Instant from = Instant.now().minusSeconds(1);
        String router = register("measured");
        String token = tokenOf(router);
        heartbeat(token, "{}");
        healthShown(router, "ONLINE");
        healthShown(router, "OFFLINE");
        heartbeat(token, "{}");
        healthShown(router, "ONLINE");

        JsonNode availability = owner.get("/api/v1/routers/" + router + "/availability?from=" + from + "&to="
                + Instant.now().plusSeconds(1)).body();

        List<JsonNode> outages = availability.get("outages").valueStream().toList();
        assertThat(outages).hasSize(1);
        Duration outage = Duration.between(Instant.parse(outages.get(0).get("from").asString()),
                Instant.parse(outages.get(0).get("to").asString()));
        assertThat(outage).isGreaterThanOrEqualTo(Duration.ofSeconds(ApiTest.OFFLINE_AFTER_SECONDS));
        assertThat(availability.get("uptimePercent").asDouble()).isGreaterThan(0).isLessThan(100);
    }

    @Test
    void prometheusCountsRoutersByHealth() {
        String router = register("gauged");
        assertThat(gauge("NEVER_SEEN")).isPositive();

        double onlineBefore = gauge("ONLINE");

        heartbeat(tokenOf(router), "{}");

        Eventually.value(() -> gauge("ONLINE"), online -> online > onlineBefore, SWEPT);
        double inService = appDatabase.queryForObject("SELECT count(*) FROM tunnel_address", Long.class).doubleValue();
        Eventually.value(() -> gauge("NEVER_SEEN") + gauge("ONLINE") + gauge("OFFLINE"), all -> all == inService, SWEPT);
    }

    @Test
    void aRouterNeverSeenHasNoUptimeToMeasure() {
        String router = register("unmeasured");

        JsonNode availability = owner.get("/api/v1/routers/" + router + "/availability").body();

        assertThat(availability.get("uptimePercent").isNull()).isTrue();
        assertThat(availability.get("outages").isEmpty()).isTrue();
    }

    @Test
    void anAvailabilityWindowThatEndsBeforeItStartsIsRefused() {
        String router = register("backwards");

        Api.Answer refused = owner.get("/api/v1/routers/" + router + "/availability?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void theListFiltersByHealthAndTheDashboardCountsOnlineAndOffline() {
        long onlineBefore = owner.get("/api/v1/dashboard").body().get("routersOnline").asLong();
        String online = register("filter-online");
        register("filter-never");
        heartbeat(tokenOf(online), "{}");
        healthShown(online, "ONLINE");

        List<String> listed = owner.get("/api/v1/routers?health=ONLINE&size=500").body().get("items").valueStream()
                .map(item -> item.get("id").asString()).toList();
        List<String> neverSeen = owner.get("/api/v1/routers?health=NEVER_SEEN&size=500").body().get("items").valueStream()
                .map(item -> item.get("health").asString()).distinct().toList();

        assertThat(listed).contains(online);
        assertThat(neverSeen).containsExactly("NEVER_SEEN");
        assertThat(owner.get("/api/v1/dashboard").body().get("routersOnline").asLong()).isGreaterThanOrEqualTo(Math.min(1, onlineBefore + 1));
        assertThat(owner.get("/api/v1/dashboard").body().has("routersOffline")).isTrue();
        Api.Answer unknown = owner.get("/api/v1/routers?health=SLEEPING");
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void wrongKeysAreRefusedAndLearnNothing() {
        String router = register("guarded");
        String token = tokenOf(router);

        for (String wrong : new String[]{"A".repeat(40), token.substring(0, 39), token.toLowerCase(), ""}) {
            Api.Answer refused = heartbeat(wrong, "{}");
            assertThat(refused.status()).as(wrong).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("AUTH_INVALID");
        }
        Api.Answer noKey = new Api(port).exchange("/api/v1/routers/heartbeat", request -> request
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(owner.get("/api/v1/routers/" + router).body().get("health").asString()).isEqualTo("NEVER_SEEN");
    }

    @Test
    void aKeyARotationRetiredOrADecommissioningRevokedIsRefused() {
        String rotated = register("rotated");
        String retired = tokenOf(rotated);
        owner.post("/api/v1/routers/" + rotated + "/rotate-secret", Map.of());
        String decommissioned = register("retired");
        String revoked = tokenOf(decommissioned);
        owner.post("/api/v1/routers/" + decommissioned + "/decommission", Map.of());

        assertThat(heartbeat(retired, "{}").status()).isEqualTo(401);
        assertThat(heartbeat(revoked, "{}").status()).isEqualTo(401);
        assertThat(heartbeat(tokenOf(rotated), "{}").status()).isEqualTo(204);
    }

    @Test
    void anOperatorsTokenIsNoRoutersKey() {
        Api.Answer withBearer = owner.exchange("/api/v1/routers/heartbeat", request -> request
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(withBearer.status()).isEqualTo(403);
    }

    @Test
    void aReportARouterCannotHaveIsRefusedAndChangesNothing() {
        String router = register("hostile");
        String token = tokenOf(router);

        for (String hostile : new String[]{"{\"cpuLoad\": 101}", "{\"cpuLoad\": -1}", "{\"uptimeSeconds\": -5}",
                "{\"freeMemoryBytes\": 1.5}", "{\"activeSessions\": \"12\"}", "{\"version\": \"7.16\\u0000\"}",
                "{\"board\": \"" + "x".repeat(65) + "\"}", "{\"uptimeSeconds\": 1e400}", "[]"}) {
            Api.Answer refused = heartbeat(token, hostile);
            assertThat(refused.status()).as(hostile).isEqualTo(400);
        }
        assertThat(owner.get("/api/v1/routers/" + router).body().get("health").asString()).isEqualTo("NEVER_SEEN");
        assertThat(events(router, "RouterCameOnline")).isZero();
    }

    @Test
    void anotherTenantsRouterIsUnknownAndItsKeyMovesOnlyItsOwnRouter() {
        String mine = register("mine");
        Api other = OtherTenant.signIn(port, appDatabase, passwords);
        String theirs = other.post("/api/v1/routers", Map.of("name", "theirs-" + UUID.randomUUID().toString().substring(0, 4))).id();

        assertThat(owner.get("/api/v1/routers/" + theirs + "/availability").status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/routers/" + theirs).status()).isEqualTo(404);
        String theirToken = Pattern.compile("X-API-Key: ([A-Za-z0-9]{40})\"").matcher(other.get("/api/v1/routers/" + theirs + "/setup-script").text())
                .results().findFirst().orElseThrow().group(1);
        assertThat(heartbeat(theirToken, "{}").status()).isEqualTo(204);
        Eventually.value(() -> other.get("/api/v1/routers/" + theirs).body().get("health").asString(), "ONLINE"::equals, SWEPT);
        assertThat(owner.get("/api/v1/routers/" + mine).body().get("health").asString()).isEqualTo("NEVER_SEEN");
        assertThat(owner.get("/api/v1/routers?health=ONLINE&size=500").body().get("items").valueStream()
                .map(item -> item.get("id").asString())).doesNotContain(theirs);
    }

    /** A new router, once the read model lists it. */
    private String register(String name) {
        Api.Answer answer = owner.post("/api/v1/routers", Map.of("name", name + "-" + UUID.randomUUID().toString().substring(0, 4)));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(owner.getCaughtUp("/api/v1/routers/" + answer.id(), answer.position()).status()).isEqualTo(200);
        return answer.id();
    }

    private String tokenOf(String router) {
        Matcher token = Pattern.compile("X-API-Key: ([A-Za-z0-9]{40})\"").matcher(owner.get("/api/v1/routers/" + router + "/setup-script").text());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private Api.Answer heartbeat(String token, String body) {
        return new Api(port).exchange("/api/v1/routers/heartbeat", request -> request
                .header("X-API-Key", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode healthShown(String router, String health) {
        return Eventually.value(() -> owner.get("/api/v1/routers/" + router).body(),
                shown -> health.equals(shown.get("health").asString()), SWEPT);
    }

    private double gauge(String health) {
        String scrape = new Api(port).get("/actuator/prometheus").text();
        Matcher value = Pattern.compile("(?m)^ispflow_routers\\{health=\"" + health + "\"} (\\S+)$").matcher(scrape);
        assertThat(value.find()).as(scrape).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private long events(String router, String type) {
        return appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                Long.class, router, "io.ispflow.kernel.router." + type);
    }
}
