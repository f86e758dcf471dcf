package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The radius processor's dead letters with the RADIUS tables on MariaDB, where a refused statement leaves
 * its transaction usable and the SQL states are MariaDB's: a value too long for its column (22001) and a
 * CHECK the operator added (23000) park the event with its aggregate's later events in the RADIUS
 * database's {@code dead_letter_entry}, committed with the processor's token there; every other router
 * and subscriber goes on being projected, a drift check leaves the parked events out, a retry fails again
 * while the cause is there and projects them in order once it is gone.
 */
@ApiTest
@TestPropertySource(properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_dlq_mysql",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_MYSQL_SERVER:jdbc:mysql://127.0.0.1:3306/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_dlq_mysql_radius?sslMode=DISABLED&allowPublicKeyRetrieval=true",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_MYSQL_USER:root}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_MYSQL_PASSWORD:}"})
class RadiusDeadLettersOnMariaDbTest extends DeadLetterScenario {

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_dlq_mysql");
        TestDatabases.freshMySql(TestDatabases.PREFIX + "_dlq_mysql_radius");
    }

    @Test
    void aValueTooLongForItsColumnParksTheRoutersEventsUntilTheColumnIsWidened() {
        radius.jdbcTemplate().execute("ALTER TABLE nas MODIFY description varchar(20)");
        String poisoned = router("long-" + suffix());
        stored(admin.put("/api/v1/routers/" + poisoned,
                Map.of("name", "too-long", "description", "longer than twenty characters")));
        stored(admin.put("/api/v1/routers/" + poisoned, Map.of("name", "too-long-again", "description", "short")));
        String healthy = "after-long-" + suffix();
        router(healthy);

        Eventually.value(() -> nasDescriptions(healthy), rows -> rows.size() == 1, DeadLetterOps.PATIENCE);
        ops.parkedBehindOne("radius", poisoned, 2, "RouterUpdated", "SQL state 22001");
        assertThat(radius.jdbcTemplate().queryForObject("SELECT count(*) FROM dead_letter_entry WHERE sequence_identifier = ?",
                Integer.class, poisoned)).as("parked in the RADIUS database").isEqualTo(2);
        JsonNode radiusProcessor = ops.processor("radius");
        assertThat(radiusProcessor.get("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(radiusProcessor.get("error").asBoolean()).isFalse();
        assertThat(ops.retry("radius", poisoned).body().get("projected").asInt()).as("still too long").isZero();
        List<JsonNode> stillParked = ops.parkedBehindOne("radius", poisoned, 2, "RouterUpdated", "SQL state 22001");
        assertThat(Instant.parse(stillParked.get(0).get("lastTried").asString()))
                .isAfter(Instant.parse(stillParked.get(0).get("parkedAt").asString()));

        radius.jdbcTemplate().execute("ALTER TABLE nas MODIFY description varchar(200)");
        Api.Answer retried = ops.retry("radius", poisoned);
        assertThat(retried.body().get("projected").asInt()).as(retried.text()).isEqualTo(2);
        assertThat(ops.parked("radius", poisoned)).isEmpty();
        assertThat(nasDescriptions("too-long-again")).containsExactly("short");
    }

    @Test
    void aSubscriberEventACheckRefusesParksTheSubscribersLaterEventsWhileOthersAreProjected() {
        String refused = "refused-" + suffix();
        radius.jdbcTemplate().execute("ALTER TABLE radcheck ADD CONSTRAINT refuses_poison CHECK (value <> '" + refused + "')");
        String home = stored(admin.post("/api/v1/packages", Map.of("name", "Home " + suffix(), "downloadKbps", 10000,
                "uploadKbps", 2000))).id();
        String poisonedName = "poisoned-" + suffix();
        String poisoned = subscriber(poisonedName, home);
        stored(admin.post("/api/v1/subscribers/" + poisoned + "/change-password", Map.of("password", refused)));
        stored(admin.post("/api/v1/subscribers/" + poisoned + "/suspend", Map.of("reason", "unpaid")));
        String healthyName = "healthy-" + suffix();
        subscriber(healthyName, home);

        Eventually.value(() -> radcheck(healthyName), rows -> rows.contains("Cleartext-Password first-pass"),
                DeadLetterOps.PATIENCE);
        ops.parkedBehindOne("radius", poisoned, 2, "SubscriberPasswordChanged", "SQL state 23000");
        assertThat(radcheck(poisonedName)).as("the subscriber as before the refused event").containsExactly(
                "Cleartext-Password first-pass");
        assertThat(ops.platform().get("/api/v1/ops/radius/drift").body().get("differences").valueStream())
                .as("a drift check leaves parked events out").isEmpty();

        radius.jdbcTemplate().execute("ALTER TABLE radcheck DROP CONSTRAINT refuses_poison");
        Api.Answer retried = ops.retry("radius", poisoned);
        assertThat(retried.body().get("projected").asInt()).as(retried.text()).isEqualTo(2);
        assertThat(radcheck(poisonedName)).containsExactlyInAnyOrder("Cleartext-Password " + refused, "Auth-Type Reject");
    }

    private String subscriber(String username, String packageId) {
        return stored(admin.post("/api/v1/subscribers", Map.of("username", username, "password", "first-pass",
                "type", "PPPOE", "packageId", packageId, "fullName", "Dead Letter"))).id();
    }

    private List<String> radcheck(String username) {
        return radius.jdbcTemplate().queryForList("SELECT CONCAT(attribute, ' ', value) FROM radcheck WHERE username = ?",
                String.class, username);
    }
}
