package io.ispflow.server.freeradius;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.Api;
import io.ispflow.server.Eventually;
import io.ispflow.server.freeradius.RouterRadiusClient.SessionReport;
import io.ispflow.sessions.OpenSession;
import io.ispflow.sessions.OpenSessions;
import io.ispflow.sessions.accounting.AccountingReader;
import io.ispflow.sessions.accounting.RadiusTime;
import io.ispflow.sessions.retention.AccountingRetention;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCOUNTING_RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * FreeRADIUS's accounting, as in production, read into sessions and daily usage: a router sends real
 * Accounting-Requests through FreeRADIUS, which writes radacct with its stock queries, and the operator
 * reads the sessions and usage over HTTP. Subclasses name the databases, one RADIUS dialect each. The
 * reader and the retention are run at once rather than waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.tunnel.subnet=" + AccountingScenario.TUNNEL_SUBNET,
        "ispflow.bootstrap.admin-password=" + AccountingScenario.ADMIN_PASSWORD,
        // the test reads when it has sent; the overlap that covers late commits would only blur the retention's cut
        "ispflow.sessions.accounting.poll-interval=1h",
        "ispflow.sessions.accounting.overlap=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AccountingScenario {

    static final String ADMIN_PASSWORD = "admin-test-password";
    static final String TUNNEL_SUBNET = "127.101.0.0/16";
    private static final long GIB = 1L << 30;

    @LocalServerPort
    int port;

    @Autowired
    RadiusDatabase radius;

    @Autowired
    JdbcTemplate app;

    @Autowired
    @Qualifier("serializer")
    Serializer serializer;

    @Autowired
    AccountingReader reader;

    @Autowired
    AccountingRetention retention;

    @Autowired
    OpenSessions openSessions;

    @Autowired
    AutowireCapableBeanFactory beans;

    Api api;
    Operator operator;
    Operator.Router core;
    RouterRadiusClient router;
    String home20;

    abstract PrivateFreeRadius freeRadius();

    @BeforeAll
    void aRouterAndAPackage() {
        api = new Api(port).login("admin", ADMIN_PASSWORD);
        operator = new Operator(api, new RadiusProjection(radius, serializer), radius);
        core = operator.registerRouter("core-1");
        router = freeRadius().router(core.tunnelAddress(), core.secret());
        home20 = operator.createPackage(Map.of("name", "Home 20", "downloadKbps", 20000, "uploadKbps", 5000));
    }

    @Test
    void aSessionStartedAndUpdatedIsOnlineWithItsUsage() {
        String alice = signUp("alice");
        Instant start = now().minusSeconds(60);

        assertThat(router.start(new SessionReport("alice", "a-1", "100.64.1.1", "AA:BB:CC:00:01:01", 0, 0, 0, start))
                .kind()).isEqualTo(ACCOUNTING_RESPONSE);
        assertThat(router.interim(new SessionReport("alice", "a-1", "100.64.1.1", "AA:BB:CC:00:01:01", 1_000, 5_000, 30,
                start.plusSeconds(30))).kind()).isEqualTo(ACCOUNTING_RESPONSE);
        reader.catchUp();

        JsonNode session = only(api.get("/api/v1/sessions?online=true&q=alice").body());
        assertThat(session.get("sessionId").asString()).isEqualTo("a-1");
        assertThat(session.get("subscriberId").asString()).isEqualTo(alice);
        assertThat(session.get("username").asString()).isEqualTo("alice");
        assertThat(session.get("routerId").asString()).isEqualTo(core.id());
        assertThat(session.get("nasAddress").asString()).isEqualTo(core.tunnelAddress().getHostAddress());
        assertThat(session.get("framedIp").asString()).isEqualTo("100.64.1.1");
        assertThat(session.get("callingStationId").asString()).isEqualTo("AA:BB:CC:00:01:01");
        assertThat(Instant.parse(session.get("startedAt").asString())).isEqualTo(start);
        assertThat(Instant.parse(session.get("lastUpdateAt").asString())).isEqualTo(start.plusSeconds(30));
        assertThat(session.get("stoppedAt").isNull()).isTrue();
        assertThat(session.get("uploadBytes").asLong()).isEqualTo(1_000);
        assertThat(session.get("downloadBytes").asLong()).isEqualTo(5_000);
        assertThat(session.get("status").asString()).isEqualTo("ONLINE");
        assertThat(only(api.get("/api/v1/sessions?q=100.64.1.1").body()).get("username").asString()).isEqualTo("alice");
        assertThat(only(api.get("/api/v1/sessions?q=aa:bb:cc:00:01:01").body()).get("username").asString()).isEqualTo("alice");
        assertThat(openSessions.of(SubscriberId.of(UUID.fromString(alice))))
                .extracting(OpenSession::sessionId, OpenSession::username)
                .containsExactly(tuple("a-1", "alice"));
        assertThat(api.get("/api/v1/dashboard").body().get("onlineSessions").asLong())
                .isEqualTo(api.get("/api/v1/sessions?online=true").body().get("total").asLong());
    }

    @Test
    void anInterimSentTwiceIsCountedOnceAndAStopEndsTheSession() {
        String bruno = signUp("bruno");
        Instant start = now().minusSeconds(120);
        router.start(report("bruno", "b-1", start, 0, 0, 0));
        SessionReport interim = report("bruno", "b-1", start.plusSeconds(60), 5 * GIB + 3, 7 * GIB + 11, 60);
        router.interim(interim);
        reader.catchUp();
        router.interim(interim);
        reader.catchUp();
        router.stop(report("bruno", "b-1", start.plusSeconds(90), 5 * GIB + 103, 7 * GIB + 211, 90));
        reader.catchUp();

        JsonNode session = only(api.get("/api/v1/subscribers/" + bruno + "/sessions").body());
        assertThat(session.get("status").asString()).isEqualTo("STOPPED");
        assertThat(session.get("terminateCause").asString()).isEqualTo("User-Request");
        assertThat(Instant.parse(session.get("stoppedAt").asString())).isEqualTo(start.plusSeconds(90));
        JsonNode total = usage(bruno, start, start.plusSeconds(90)).get("total");
        assertThat(total.get("uploadBytes").asLong()).isEqualTo(5 * GIB + 103);
        assertThat(total.get("downloadBytes").asLong()).isEqualTo(7 * GIB + 211);
        assertThat(total.get("sessions").asLong()).isEqualTo(1);
        assertThat(total.get("onlineSeconds").asLong()).isEqualTo(90);
        assertThat(openSessions.of(SubscriberId.of(UUID.fromString(bruno)))).isEmpty();
    }

    @Test
    void aSessionOverMidnightCountsOnBothDaysByTheTimeOnEach() {
        String chloe = signUp("chloe");
        Instant midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = midnight.minusSeconds(600);
        router.start(report("chloe", "c-1", start, 0, 0, 0));
        router.interim(report("chloe", "c-1", midnight.plusSeconds(1_800), 4_000_000, 8_000_000, 2_400));
        reader.catchUp();

        JsonNode days = usage(chloe, start, midnight).get("days");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("downloadBytes").asLong()).isEqualTo(2_000_000);
        assertThat(days.get(0).get("uploadBytes").asLong()).isEqualTo(1_000_000);
        assertThat(days.get(0).get("onlineSeconds").asLong()).isEqualTo(600);
        assertThat(days.get(0).get("sessions").asLong()).isEqualTo(1);
        assertThat(days.get(1).get("downloadBytes").asLong()).isEqualTo(6_000_000);
        assertThat(days.get(1).get("onlineSeconds").asLong()).isEqualTo(1_800);
        assertThat(days.get(1).get("sessions").asLong()).isZero();
    }

    @Test
    void aRouterThatRestartsLeavesItsSessionsStaleNotOnline() {
        Operator.Router branch = operator.registerRouter("branch-2");
        RouterRadiusClient rebooting = freeRadius().router(branch.tunnelAddress(), branch.secret());
        String dalia = signUp("dalia");
        rebooting.start(report("dalia", "d-1", now().minusSeconds(30), 0, 0, 0));
        reader.catchUp();
        assertThat(only(api.get("/api/v1/sessions?routerId=" + branch.id()).body()).get("status").asString()).isEqualTo("ONLINE");

        assertThat(rebooting.accountingOn(now()).kind()).isEqualTo(ACCOUNTING_RESPONSE);
        reader.catchUp();

        JsonNode session = only(api.get("/api/v1/sessions?routerId=" + branch.id()).body());
        assertThat(session.get("status").asString()).isEqualTo("STALE");
        assertThat(session.get("terminateCause").asString()).isEqualTo("NAS-Reboot");
        assertThat(api.get("/api/v1/sessions?online=true&routerId=" + branch.id()).body().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/sessions?online=false&subscriberId=" + dalia).body().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aSessionSilentForTwoIntervalsIsStaleButStillOpen() {
        String emeka = signUp("emeka");
        router.start(report("emeka", "e-1", now().minus(Duration.ofHours(1)), 0, 0, 0));
        reader.catchUp();

        JsonNode session = only(api.get("/api/v1/subscribers/" + emeka + "/sessions").body());
        assertThat(session.get("status").asString()).isEqualTo("STALE");
        assertThat(session.get("stoppedAt").isNull()).isTrue();
        assertThat(openSessions.of(SubscriberId.of(UUID.fromString(emeka)))).hasSize(1);
    }

    @Test
    void aSessionOfAnUnknownUsernameIsListedWithoutASubscriber() {
        router.start(report("nobody-known", "n-1", now().minusSeconds(10), 0, 0, 0));
        reader.catchUp();

        JsonNode session = only(api.get("/api/v1/sessions?q=nobody-known").body());
        assertThat(session.get("subscriberId").isNull()).isTrue();
        assertThat(session.get("routerId").asString()).isEqualTo(core.id());
    }

    @Test
    void aNewReaderResumesFromTheStoredCursorWithoutCountingAgain() {
        String fumo = signUp("fumo");
        Instant start = now().minusSeconds(60);
        router.start(report("fumo", "f-1", start, 0, 0, 0));
        router.interim(report("fumo", "f-1", start.plusSeconds(30), 300, 700, 30));
        reader.catchUp();
        Instant cursor = reader.cursor();

        AccountingReader restarted = beans.createBean(AccountingReader.class);

        assertThat(restarted.catchUp()).as("rows read again: only those at the cursor's own time").isLessThanOrEqualTo(1);
        assertThat(restarted.cursor()).isEqualTo(cursor);
        router.interim(report("fumo", "f-1", start.plusSeconds(45), 500, 900, 45));
        assertThat(restarted.catchUp()).isEqualTo(1);
        JsonNode total = usage(fumo, start, start).get("total");
        assertThat(total.get("uploadBytes").asLong()).isEqualTo(500);
        assertThat(total.get("downloadBytes").asLong()).isEqualTo(900);
    }

    @Test
    void aForgottenSubscribersSessionsAreErasedAndItsUsageKept() {
        String ikram = signUp("ikram");
        Instant start = now().minusSeconds(60);
        router.start(report("ikram", "i-1", start, 0, 0, 0));
        router.stop(report("ikram", "i-1", start.plusSeconds(30), 10, 20, 30));
        reader.catchUp();

        operator.command("/api/v1/subscribers/" + ikram + "/forget", Map.of());

        Eventually.value(() -> api.get("/api/v1/sessions?q=ikram").body().get("total").asLong(), total -> total == 0,
                Duration.ofSeconds(10));
        assertThat(app.queryForObject("SELECT count(*) FROM session_username WHERE username = 'ikram'", Long.class)).isZero();
        assertThat(usage(ikram, start, start).get("total").get("downloadBytes").asLong()).isEqualTo(20);
    }

    @Test
    void usageOutsideTheRulesIsRefused() {
        String gita = signUp("gita");
        String usage = "/api/v1/subscribers/" + gita + "/usage";

        assertThat(api.get(usage + "?from=2026-02-10&to=2026-02-01").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(usage + "?from=2024-01-01&to=2026-01-01").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(usage + "?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/subscribers/" + UUID.randomUUID() + "/usage").code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/subscribers/" + UUID.randomUUID() + "/sessions").code()).isEqualTo("NOT_FOUND");
        assertThat(api.get(usage).body().get("days")).hasSize(30);
    }

    /** Last: it deletes what the other tests left in radacct before its cut. */
    @Test
    @Order(Integer.MAX_VALUE)
    void retentionDeletesExactlyTheOldRowsAndKeepsTheirUsage() {
        String hamisi = signUp("hamisi");
        Instant start = now().minusSeconds(300);
        router.authenticate("hamisi", "secret-hamisi");
        router.start(report("hamisi", "h-1", start, 0, 0, 0));
        router.stop(report("hamisi", "h-1", start.plusSeconds(100), 1_000, 2_000, 100));
        reader.catchUp();
        Instant cut = radius.jdbcTemplate().queryForObject("SELECT " + time().column("max(changed)") + " AS cut FROM radacct",
                (rs, n) -> time().instant(rs, "cut")).plus(1, ChronoUnit.MICROS);
        router.start(report("hamisi", "h-2", start.plusSeconds(200), 0, 0, 0));
        router.interim(report("hamisi", "h-2", start.plusSeconds(260), 30, 40, 60));
        reader.catchUp();
        long old = count("SELECT count(*) FROM radacct WHERE changed < %s", cut);
        long oldLogins = count("SELECT count(*) FROM radpostauth WHERE authdate < %s", cut);
        Sums oldOctets = sums("WHERE changed < %s", cut);
        Sums keptOctets = sums("WHERE changed >= %s", cut);
        Sums rollups = rollups();

        AccountingRetention.Deleted deleted = retention.run(cut.plus(Duration.ofDays(90)));

        assertThat(deleted.accounting()).isEqualTo(old).isPositive();
        assertThat(deleted.logins()).isEqualTo(oldLogins).isPositive();
        assertThat(count("SELECT count(*) FROM radacct WHERE changed < %s", cut)).isZero();
        assertThat(radius.jdbcTemplate().queryForList("SELECT acctsessionid FROM radacct WHERE username = 'hamisi'", String.class))
                .containsExactly("h-2");
        assertThat(rollups()).isEqualTo(rollups).isEqualTo(oldOctets.plus(keptOctets));
        assertThat(usage(hamisi, start, start).get("total").get("downloadBytes").asLong()).isEqualTo(2_040);
        assertThat(api.get("/api/v1/subscribers/" + hamisi + "/sessions").body().get("items"))
                .extracting(item -> item.get("sessionId").asString()).containsExactly("h-2");
    }

    /** Octets of the radacct rows of known subscribers, or the usage of all days. */
    private record Sums(long upload, long download) {
        Sums plus(Sums other) {
            return new Sums(upload + other.upload, download + other.download);
        }
    }

    private Sums sums(String where, Instant cut) {
        Map<String, Object> sums = radius.jdbcTemplate().queryForMap("SELECT coalesce(sum(acctinputoctets), 0) AS up, "
                + "coalesce(sum(acctoutputoctets), 0) AS down FROM radacct " + where.formatted(time().parameter())
                + " AND username <> 'nobody-known'", time().bind(cut));
        return new Sums(((Number) sums.get("up")).longValue(), ((Number) sums.get("down")).longValue());
    }

    private Sums rollups() {
        Map<String, Object> sums = app.queryForMap(
                "SELECT coalesce(sum(upload_bytes), 0) AS up, coalesce(sum(download_bytes), 0) AS down FROM usage_day");
        return new Sums(((Number) sums.get("up")).longValue(), ((Number) sums.get("down")).longValue());
    }

    private long count(String sql, Instant cut) {
        return radius.jdbcTemplate().queryForObject(sql.formatted(time().parameter()), Long.class, time().bind(cut));
    }

    private RadiusTime time() {
        return RadiusTime.of(radius.dialect());
    }

    /** Signs a PPPoE subscriber up and waits until the sessions module knows the username. */
    private String signUp(String username) {
        String id = operator.signUp(Map.of("username", username, "password", "secret-" + username, "type", "PPPOE",
                "packageId", home20));
        Eventually.value(() -> app.queryForObject("SELECT count(*) FROM session_username WHERE username = ?", Long.class,
                username), known -> known == 1, Duration.ofSeconds(10));
        return id;
    }

    private JsonNode usage(String subscriber, Instant from, Instant to) {
        Api.Answer answer = api.get("/api/v1/subscribers/" + subscriber + "/usage?from=" + day(from) + "&to=" + day(to));
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static JsonNode only(JsonNode list) {
        assertThat(list.get("items")).as("%s", list).hasSize(1);
        return list.get("items").get(0);
    }

    private static SessionReport report(String username, String sessionId, Instant at, long upload, long download,
                                        long seconds) {
        return new SessionReport(username, sessionId, "100.64.0.10", "AA:BB:CC:00:00:01", upload, download, seconds, at);
    }

    /** RADIUS's Event-Timestamp counts whole seconds. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
