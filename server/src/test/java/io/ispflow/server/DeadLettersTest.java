package io.ispflow.server;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterUpdated;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event the database refuses is parked as a dead letter, with the later events of its aggregate, in
 * both the read model's and the RADIUS processor's queue; every other event goes on being projected; the
 * operator sees it in the projections report, readiness and metrics, lists it without its values, and
 * projects it with a retry once the cause is gone. A processor that cannot project anything reports an error.
 */
@ApiTest
class DeadLettersTest extends DeadLetterScenario {

    static {
        ApiTest.Databases.prepare();
    }

    @Autowired
    EventStore eventStore;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate application;

    @Test
    void anEventWithANulCharacterIsParkedWithItsAggregatesLaterEventsAndEveryOtherEventIsProjected() {
        String poisoned = router("nul-" + suffix());
        appendRouterUpdate(poisoned, new RouterDetails("nul-router", "site\u0000poison", "described\u0000poison"));
        // parked before the next update: in a batch with it, the read model would write only the later values
        for (String group : List.of("read-model", "radius")) {
            Eventually.value(() -> ops.parked(group, poisoned), letters -> letters.size() == 1, DeadLetterOps.PATIENCE);
        }
        stored(admin.put("/api/v1/routers/" + poisoned, Map.of("name", "nul-router-2", "site", "clean")));
        String healthy = "after-nul-" + suffix();
        long after = stored(admin.post("/api/v1/routers", Map.of("name", healthy))).position();

        assertThat(admin.getCaughtUp("/api/v1/routers?size=500", after).text()).contains(healthy);
        Eventually.value(() -> nasDescriptions(healthy), rows -> rows.size() == 1, DeadLetterOps.PATIENCE);
        for (String group : List.of("read-model", "radius")) {
            ops.parkedBehindOne(group, poisoned, 2, "RouterUpdated", "SQL state 22021");
        }
        assertThat(ops.platform().get("/api/v1/ops/dead-letters/radius").text()).doesNotContain("poison");

        JsonNode report = ops.platform().get("/api/v1/ops/projections").body();
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

        Api.Answer retried = ops.retry("read-model", poisoned);
        assertThat(retried.body().get("projected").asInt()).as("a NUL is refused again").isZero();
        assertThat(ops.parked("read-model", poisoned)).hasSize(2);
    }

    @Test
    void aRetryOnceTheCauseIsGoneProjectsTheParkedEventsInOrder() {
        String refused = "refused by the database " + suffix();
        application.execute("ALTER TABLE router_view ADD CONSTRAINT refuses_poison CHECK (description <> '" + refused + "')");
        radius.jdbcTemplate().execute("ALTER TABLE nas ADD CONSTRAINT refuses_poison CHECK (description <> '" + refused + "')");
        String poisoned = router("check-" + suffix());
        stored(admin.put("/api/v1/routers/" + poisoned, Map.of("name", "checked", "description", refused)));
        stored(admin.put("/api/v1/routers/" + poisoned, Map.of("name", "checked-again", "description", refused)));
        for (String group : List.of("read-model", "radius")) {
            ops.parkedBehindOne(group, poisoned, 2, "RouterUpdated", "SQL state 23514");
        }

        application.execute("ALTER TABLE router_view DROP CONSTRAINT refuses_poison");
        radius.jdbcTemplate().execute("ALTER TABLE nas DROP CONSTRAINT refuses_poison");
        for (String group : List.of("read-model", "radius")) {
            Api.Answer retried = ops.retry(group, poisoned);
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.body().get("projected").asInt()).isEqualTo(2);
            assertThat(ops.parked(group, poisoned)).isEmpty();
        }

        JsonNode view = admin.get("/api/v1/routers/" + poisoned).body();
        assertThat(view.get("name").asString()).isEqualTo("checked-again");
        assertThat(view.get("description").asString()).isEqualTo(refused);
        assertThat(nasDescriptions("checked-again")).containsExactly(refused);
    }

    @Test
    void onlyThePlatformAdministratorSeesAndRetriesDeadLetters() {
        assertThat(admin.get("/api/v1/ops/dead-letters/read-model").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/ops/dead-letters/read-model/retry", Map.of()).status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/v1/ops/dead-letters/read-model").status()).isEqualTo(401);
        assertThat(ops.platform().get("/api/v1/ops/dead-letters/integration-events").code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aProcessorThatCannotProjectAnythingIsAnErrorInTheReportReadinessAndMetrics() {
        application.execute("ALTER TABLE router_view RENAME TO router_view_away");
        try {
            stored(admin.post("/api/v1/routers", Map.of("name", "while-away-" + suffix())));

            JsonNode readModel = Eventually.value(() -> ops.processor("read-model"),
                    processor -> processor.get("error").asBoolean(), DeadLetterOps.PATIENCE);
            assertThat(readModel.get("failure").asString()).isNotBlank();
            Api.Answer readiness = admin.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body().get("components").get("projectionLag").get("status").asString()).isEqualTo("DOWN");
            assertThat(readiness.body().get("components").get("projectionLag").get("details").get("failing")
                    .has("read-model")).isTrue();
            assertThat(metric("ispflow_processor_error{processor=\"read-model\"")).isEqualTo(1);
            assertThat(ops.parked("read-model", "none")).as("a missing table parks nothing").isEmpty();
        } finally {
            application.execute("ALTER TABLE router_view_away RENAME TO router_view");
        }
        Eventually.value(() -> ops.processor("read-model"), processor -> !processor.get("error").asBoolean(),
                DeadLetterOps.PATIENCE);
        Eventually.value(() -> admin.get("/actuator/health/readiness").status(), status -> status == 200,
                DeadLetterOps.PATIENCE);
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

    private double metric(String sample) {
        return admin.get("/actuator/prometheus").text().lines().filter(line -> line.startsWith(sample))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
