package io.ispflow.server;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.radius.RadiusDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event the database refuses is parked as a dead letter, with the later events of its aggregate, in
 * both the read model's and the RADIUS processor's queue; every other event goes on being projected; the
 * operator sees it in the projections report, readiness and metrics, lists it without its values, and
 * projects it with a retry once the cause is gone. A processor that cannot project anything reports an error.
 */
@ApiTest
class DeadLettersTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate application;

    @Autowired
    RadiusDatabase radius;

    Api admin;
    Api platform;

    @BeforeEach
    void signIn() {
        admin = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        platform = new Api(port).login("platform-admin", "platform-test-password");
    }

    @Test
    void anEventWithANulCharacterIsParkedWithItsAggregatesLaterEventsAndEveryOtherEventIsProjected() {
        String poisoned = router("nul-" + suffix());
        appendRouterUpdate(poisoned, new RouterDetails("nul-router", "site\u0000poison", "described\u0000poison"));
        for (String group : List.of("read-model", "radius")) {
            // the read model writes a batch's net change: in one batch with the next update, the NUL would be overwritten
            Eventually.value(() -> parked(group, poisoned), letters -> letters.size() == 1, PATIENCE);
        }
        api(admin.put("/api/v1/routers/" + poisoned, Map.of("name", "nul-router-2", "site", "clean")));
        String healthy = "after-nul-" + suffix();
        long after = api(admin.post("/api/v1/routers", Map.of("name", healthy))).position();

        assertThat(admin.getCaughtUp("/api/v1/routers?size=500", after).text()).contains(healthy);
        Eventually.value(() -> nasRows(healthy), rows -> rows == 1, PATIENCE);
        for (String group : List.of("read-model", "radius")) {
            List<JsonNode> parked = Eventually.value(() -> parked(group, poisoned), letters -> letters.size() == 2, PATIENCE);
            assertThat(parked.get(0).get("eventType").asString()).isEqualTo("RouterUpdated");
            assertThat(parked.get(0).get("cause").asString()).contains("SQL state 22021");
            assertThat(parked.get(1).get("cause").isNull()).as("parked behind the first").isTrue();
            assertThat(parked.get(0).get("position").asLong()).isLessThan(parked.get(1).get("position").asLong());
        }
        assertThat(platform.get("/api/v1/ops/dead-letters/radius").text()).doesNotContain("poison");

        JsonNode report = platform.get("/api/v1/ops/projections").body();
        for (JsonNode processor : report.get("processors")) {
            if (List.of("read-model", "radius").contains(processor.get("name").asString())) {
                assertThat(processor.get("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
                assertThat(processor.get("error").asBoolean()).isFalse();
            }
        }
        Api.Answer readiness = admin.get("/actuator/health/readiness");
        assertThat(readiness.status()).as("one parked aggregate leaves every tenant served").isEqualTo(200);
        assertThat(readiness.body().get("components").get("projectionLag").get("details").get("deadLetters")
                .get("radius").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(metric("ispflow_processor_dead_letters{processor=\"read-model\"")).isGreaterThanOrEqualTo(2);

        Api.Answer retried = platform.post("/api/v1/ops/dead-letters/read-model/retry?sequence=" + poisoned, Map.of());
        assertThat(retried.body().get("projected").asInt()).as("a NUL is refused again").isZero();
        assertThat(parked("read-model", poisoned)).hasSize(2);
    }

    @Test
    void aRetryOnceTheCauseIsGoneProjectsTheParkedEventsInOrder() {
        String refused = "refused by the database " + suffix();
        application.execute("ALTER TABLE router_view ADD CONSTRAINT refuses_poison CHECK (description <> '" + refused + "')");
        radius.jdbcTemplate().execute("ALTER TABLE nas ADD CONSTRAINT refuses_poison CHECK (description <> '" + refused + "')");
        String poisoned = router("check-" + suffix());
        api(admin.put("/api/v1/routers/" + poisoned, Map.of("name", "checked", "description", refused)));
        api(admin.put("/api/v1/routers/" + poisoned, Map.of("name", "checked-again", "description", refused)));
        for (String group : List.of("read-model", "radius")) {
            List<JsonNode> parked = Eventually.value(() -> parked(group, poisoned), letters -> letters.size() == 2, PATIENCE);
            assertThat(parked.get(0).get("cause").asString()).contains("SQL state 23514");
        }

        application.execute("ALTER TABLE router_view DROP CONSTRAINT refuses_poison");
        radius.jdbcTemplate().execute("ALTER TABLE nas DROP CONSTRAINT refuses_poison");
        for (String group : List.of("read-model", "radius")) {
            Api.Answer retried = platform.post("/api/v1/ops/dead-letters/" + group + "/retry?sequence=" + poisoned, Map.of());
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.body().get("projected").asInt()).isEqualTo(2);
            assertThat(parked(group, poisoned)).isEmpty();
        }

        JsonNode view = admin.get("/api/v1/routers/" + poisoned).body();
        assertThat(view.get("name").asString()).isEqualTo("checked-again");
        assertThat(view.get("description").asString()).isEqualTo(refused);
        assertThat(radius.jdbcTemplate().queryForList("SELECT description FROM nas WHERE shortname = 'checked-again'",
                String.class)).containsExactly(refused);
    }

    @Test
    void onlyThePlatformAdministratorSeesAndRetriesDeadLetters() {
        assertThat(admin.get("/api/v1/ops/dead-letters/read-model").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/ops/dead-letters/read-model/retry", Map.of()).status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/v1/ops/dead-letters/read-model").status()).isEqualTo(401);
        assertThat(platform.get("/api/v1/ops/dead-letters/integration-events").code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aProcessorThatCannotProjectAnythingIsAnErrorInTheReportReadinessAndMetrics() {
        application.execute("ALTER TABLE router_view RENAME TO router_view_away");
        try {
            api(admin.post("/api/v1/routers", Map.of("name", "while-away-" + suffix())));

            JsonNode readModel = Eventually.value(() -> processor(platform.get("/api/v1/ops/projections").body(), "read-model"),
                    processor -> processor.get("error").asBoolean(), PATIENCE);
            assertThat(readModel.get("failure").asString()).isNotBlank();
            Api.Answer readiness = admin.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body().get("components").get("projectionLag").get("status").asString()).isEqualTo("DOWN");
            assertThat(readiness.body().get("components").get("projectionLag").get("details").get("failing")
                    .has("read-model")).isTrue();
            assertThat(metric("ispflow_processor_error{processor=\"read-model\"")).isEqualTo(1);
            assertThat(parked("read-model", "none")).as("a missing table parks nothing").isEmpty();
        } finally {
            application.execute("ALTER TABLE router_view_away RENAME TO router_view");
        }
        Eventually.value(() -> processor(platform.get("/api/v1/ops/projections").body(), "read-model"),
                processor -> !processor.get("error").asBoolean(), PATIENCE);
        Eventually.value(() -> admin.get("/actuator/health/readiness").status(), status -> status == 200, PATIENCE);
    }

    private String router(String name) {
        return api(admin.post("/api/v1/routers", Map.of("name", name))).id();
    }

    private void appendRouterUpdate(String routerId, RouterDetails details) {
        UUID id = UUID.fromString(routerId);
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            long next = eventStore.lastSequenceNumberFor(routerId).orElse(-1L) + 1;
            eventStore.publish(new GenericDomainEventMessage<>("Router", routerId, next,
                    new RouterUpdated(RouterId.of(id), tenantOfAdmin(), details)));
        });
    }

    private TenantId tenantOfAdmin() {
        return TenantId.of(application.queryForObject("SELECT tenant_id FROM operator WHERE username = 'admin'", UUID.class));
    }

    private List<JsonNode> parked(String group, String sequence) {
        JsonNode letters = platform.get("/api/v1/ops/dead-letters/" + group).body().get("deadLetters");
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(letter -> letter.get("sequence").asString().equals(sequence)).toList();
    }

    private int nasRows(String shortname) {
        return radius.jdbcTemplate().queryForObject("SELECT count(*) FROM nas WHERE shortname = ?", Integer.class, shortname);
    }

    private double metric(String sample) {
        return admin.get("/actuator/prometheus").text().lines().filter(line -> line.startsWith(sample))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static JsonNode processor(JsonNode report, String name) {
        return StreamSupport.stream(report.get("processors").spliterator(), false)
                .filter(processor -> processor.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static Api.Answer api(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
        return answer;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
