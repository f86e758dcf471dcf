package io.ispflow.server;

import io.ispflow.radius.RadiusDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OWNER forgets a subscriber: its history keeps every event but shows its personal data erased,
 * the event store never held that data in clear, its RADIUS rows go, a rebuild writes none for it,
 * and every other subscriber is left as it was.
 */
@ApiTest
class ForgetSubscriberTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    RadiusDatabase radius;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String username = "fiona-" + tag;
    final String password = "fiona-secret-" + tag;
    final String newPassword = "fiona-new-secret-" + tag;
    final Map<String, String> contact = Map.of("fullName", "Fiona Wanjiku " + tag, "phone", "+254 711 000777",
            "email", "fiona." + tag + "@example.net", "address", "7 Baobab Lane " + tag);
    final String keptUsername = "kept-" + tag;

    @Test
    void aForgottenSubscriberReadsAsErasedEverywhereWhileOthersStayAsTheyWere() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Forget " + tag, "downloadKbps", 1000, "uploadKbps", 1000)).id();
        Map<String, Object> signUp = new HashMap<>(Map.of("username", username, "password", password, "type", "PPPOE",
                "packageId", pkg));
        signUp.putAll(contact);
        String fiona = owner.post("/api/v1/subscribers", signUp).id();
        owner.post("/api/v1/subscribers/" + fiona + "/change-password", Map.of("password", newPassword));
        owner.put("/api/v1/subscribers/" + fiona + "/contact", Map.of("fullName", contact.get("fullName"), "phone", "+254 711 000778"));
        String kept = owner.post("/api/v1/subscribers", Map.of("username", keptUsername, "password", "kept-secret-1",
                "type", "PPPOE", "packageId", pkg, "fullName", "Kept Person")).id();
        RadiusRows.once(radius, "SELECT DISTINCT username FROM radcheck WHERE username IN ('" + username + "', '" + keptUsername + "')",
                rows -> rows.size() == 2);

        Api.Answer forgotten = owner.post("/api/v1/subscribers/" + fiona + "/forget", Map.of());

        assertThat(forgotten.status()).as(forgotten.text()).isEqualTo(200);
        assertThat(eventTypes(fiona)).containsExactly("SubscriberCreated", "SubscriberPasswordChanged",
                "SubscriberContactUpdated", "SubscriberTerminated", "SubscriberForgotten");
        assertHistoryErased(owner, fiona);
        assertAsOfErased(owner, fiona);
        JsonNode listed = owner.getCaughtUp("/api/v1/subscribers/" + fiona, forgotten.position()).body();
        assertThat(listed.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(listed.get("username").isNull()).isTrue();
        assertThat(listed.get("fullName").isNull()).isTrue();
        assertThat(owner.getCaughtUp("/api/v1/subscribers/" + kept, forgotten.position()).body().get("fullName").asString())
                .isEqualTo("Kept Person");
        assertThat(storedPayloads(fiona)).allSatisfy(payload -> assertThat(payload).doesNotContain(username, password,
                newPassword, contact.get("fullName"), contact.get("email"), contact.get("address"), "711 000777"));
        assertThat(storedPayloads(kept)).allSatisfy(payload -> assertThat(payload).doesNotContain(keptUsername, "Kept Person"));
        assertThat(RadiusRows.once(radius, "SELECT username FROM radcheck WHERE username = '" + username + "'", List::isEmpty)).isEmpty();
        assertThat(appDatabase.queryForObject("SELECT wrapped_key IS NULL AND forgotten_at IS NOT NULL FROM subject_key "
                + "WHERE subject_id = ?::uuid", Boolean.class, fiona)).isTrue();

        Api platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        rebuildRadius(platform);

        assertThat(radius.jdbcTemplate().queryForList("SELECT DISTINCT username FROM radcheck WHERE username IN (?, ?)",
                String.class, username, keptUsername)).containsExactly(keptUsername);
        assertThat(platform.get("/api/v1/ops/radius/drift").body().get("differences").isEmpty()).isTrue();
    }

    @Test
    void forgettingTwiceAppendsNothing() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Twice " + tag, "downloadKbps", 1000, "uploadKbps", 1000)).id();
        String id = owner.post("/api/v1/subscribers", Map.of("username", username, "password", password, "type", "HOTSPOT",
                "packageId", pkg)).id();
        owner.delete("/api/v1/subscribers/" + id);
        owner.post("/api/v1/subscribers/" + id + "/forget", Map.of());

        Api.Answer again = owner.post("/api/v1/subscribers/" + id + "/forget", Map.of());

        assertThat(again.status()).isEqualTo(200);
        assertThat(eventTypes(id)).containsExactly("SubscriberCreated", "SubscriberTerminated", "SubscriberForgotten");
    }

    @Test
    void aForgottenSubscribersUsernameIsFreeForANewSubscriber() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Reuse " + tag, "downloadKbps", 1000, "uploadKbps", 1000)).id();
        Map<String, Object> signUp = Map.of("username", username, "password", password, "type", "HOTSPOT", "packageId", pkg);
        String first = owner.post("/api/v1/subscribers", signUp).id();
        assertThat(owner.post("/api/v1/subscribers", signUp).code()).isEqualTo("USERNAME_TAKEN");

        owner.post("/api/v1/subscribers/" + first + "/forget", Map.of());

        assertThat(owner.post("/api/v1/subscribers", signUp).status()).isEqualTo(201);
    }

    @Test
    void aRoutersSecretsAreNotStoredInClear() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String router = owner.post("/api/v1/routers", Map.of("name", "sealed-" + tag)).id();
        owner.post("/api/v1/routers/" + router + "/rotate-secret", Map.of());
        String script = owner.get("/api/v1/routers/" + router + "/setup-script").text();
        String secret = script.lines()
                .filter(line -> line.contains("secret=")).findFirst().orElseThrow()
                .replaceAll(".*secret=\"?([A-Za-z0-9]+).*", "$1");
        String apiToken = script.replaceAll("(?s).*X-API-Key: ([A-Za-z0-9]{40})\".*", "$1");

        assertThat(secret).hasSize(24);
        assertThat(apiToken).hasSize(40);
        // registered, then the rotation's new RADIUS secret and new API token
        assertThat(storedPayloads(router)).hasSize(3).allSatisfy(payload -> assertThat(payload)
                .doesNotContain(secret).doesNotContain(apiToken).containsPattern("\"(radiusSecret|apiToken)\":\"aesgcm1:"));
        RadiusRows.once(radius, "SELECT secret FROM nas WHERE shortname = 'sealed-" + tag + "'", rows -> rows.contains(secret));
    }

    private void assertHistoryErased(Api owner, String id) {
        Api.Answer history = owner.get("/api/v1/subscribers/" + id + "/history");
        JsonNode events = history.body().get("events");
        JsonNode created = events.get(0);
        assertThat(created.get("erased").asBoolean()).isTrue();
        assertThat(created.get("payload").get("username").isNull()).isTrue();
        assertThat(created.get("payload").get("password").isNull()).isTrue();
        assertThat(created.get("payload").get("contact").isNull()).isTrue();
        assertThat(created.get("payload").get("packageId").asString()).isNotBlank();
        assertThat(events.get(3).get("erased").asBoolean()).isFalse();
        assertThat(history.text()).doesNotContain(username, contact.get("fullName"), contact.get("email"));
    }

    private void assertAsOfErased(Api owner, String id) {
        JsonNode asOf = owner.get("/api/v1/subscribers/" + id + "/as-of?at=" + Instant.now()).body();
        assertThat(asOf.get("erased").asBoolean()).isTrue();
        assertThat(asOf.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(asOf.get("username").isNull()).isTrue();
        assertThat(asOf.get("fullName").isNull()).isTrue();
        assertThat(asOf.get("accountNumber").asString()).isNotBlank();
    }

    private List<String> eventTypes(String aggregate) {
        return appDatabase.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, aggregate).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private List<String> storedPayloads(String aggregate) {
        return appDatabase.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, aggregate);
    }

    private void rebuildRadius(Api platform) {
        String job = "/api/v1/ops/radius/rebuild/" + platform.post("/api/v1/ops/radius/rebuild", Map.of()).body().get("jobId").asString();
        JsonNode finished = Eventually.value(() -> platform.get(job).body(), state -> !"RUNNING".equals(state.get("state").asString()),
                Duration.ofSeconds(60));
        assertThat(finished.get("state").asString()).isEqualTo("SUCCEEDED");
    }
}
