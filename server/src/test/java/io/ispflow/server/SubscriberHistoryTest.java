package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Auditors read a subscriber's every event, secrets redacted, and its state at any instant of its life. */
@ApiTest
class SubscriberHistoryTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void aLifeReadsBackEventByEventAndInstantByInstant() throws InterruptedException {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String basic = api.post("/api/v1/packages", Map.of("name", "Audit Basic", "downloadKbps", 4000, "uploadKbps", 1000,
                "validityDays", 30)).id();
        String premium = api.post("/api/v1/packages", Map.of("name", "Audit Premium", "downloadKbps", 40000, "uploadKbps", 10000)).id();
        Instant beforeSignUp = pause();
        String id = api.post("/api/v1/subscribers", Map.of("username", "audited-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "very-secret-1", "type", "PPPOE", "packageId", basic, "fullName", "Amina Odhiambo")).id();
        String path = "/api/v1/subscribers/" + id;
        Instant afterSignUp = pause();
        api.post(path + "/change-package", Map.of("packageId", premium));
        Instant afterPackageChange = pause();
        api.post(path + "/suspend", Map.of("reason", "unpaid invoice"));
        Instant whileSuspended = pause();
        api.post(path + "/reactivate", Map.of());
        api.post(path + "/change-password", Map.of("password", "even-more-secret"));
        api.post(path + "/renew", Map.of("until", "2030-06-30T00:00:00Z"));
        Instant afterRenewal = pause();
        api.delete(path);

        JsonNode history = api.get(path + "/history").body().get("events");
        assertThat(field(history, "type")).containsExactly("SubscriberCreated", "SubscriberPackageChanged",
                "SubscriberSuspended", "SubscriberReactivated", "SubscriberPasswordChanged", "SubscriptionRenewed",
                "SubscriberTerminated");
        assertThat(positions(history)).isSorted().doesNotHaveDuplicates();
        assertThat(history.get(0).get("actor").asString()).isNotBlank();
        assertThat(history.get(0).get("requestId").asString()).isNotBlank();
        assertThat(history.get(0).get("payload").get("password").asString()).isEqualTo("***");
        assertThat(history.get(4).get("payload").get("password").asString()).isEqualTo("***");
        assertThat(history.toString()).doesNotContain("very-secret-1", "even-more-secret");
        assertThat(history.get(2).get("payload").get("reason").asString()).isEqualTo("unpaid invoice");

        assertThat(api.get(path + "/as-of?at=" + beforeSignUp).status()).isEqualTo(404);
        JsonNode signedUp = api.get(path + "/as-of?at=" + afterSignUp).body();
        assertThat(signedUp.get("packageId").asString()).isEqualTo(basic);
        assertThat(signedUp.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(signedUp.get("fullName").asString()).isEqualTo("Amina Odhiambo");
        assertThat(signedUp.has("password")).isFalse();
        assertThat(api.get(path + "/as-of?at=" + afterPackageChange).body().get("packageId").asString()).isEqualTo(premium);
        JsonNode suspended = api.get(path + "/as-of?at=" + whileSuspended).body();
        assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("suspensionReason").asString()).isEqualTo("unpaid invoice");
        JsonNode renewed = api.get(path + "/as-of?at=" + afterRenewal).body();
        assertThat(renewed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(renewed.get("expiresAt").asString()).isEqualTo("2030-06-30T00:00:00Z");
        assertThat(api.get(path + "/as-of?at=" + Instant.now()).body().get("status").asString()).isEqualTo("TERMINATED");
    }

    @Test
    void anotherTenantSeesNoHistory() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Private", "downloadKbps", 4000, "uploadKbps", 1000)).id();
        String id = api.post("/api/v1/subscribers", Map.of("username", "private-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "very-secret-1", "type", "PPPOE", "packageId", pkg)).id();

        assertThat(api.get("/api/v1/subscribers/" + UUID.randomUUID() + "/history").code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/subscribers/" + id + "/as-of").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/v1/subscribers/" + id + "/as-of?at=yesterday").code()).isEqualTo("VALIDATION_FAILED");
    }

    /** Instants between steps, so that each step's events fall on one side of them. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }

    private static List<Long> positions(JsonNode history) {
        return field(history, "position").stream().map(Long::valueOf).toList();
    }

    private static List<String> field(JsonNode history, String name) {
        return history.valueStream().map(entry -> entry.get(name).asString()).toList();
    }
}
