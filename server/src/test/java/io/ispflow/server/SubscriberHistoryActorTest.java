package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An auditor reads who acted by name: the operator's username as it was, or {@code system} for a policy's change. */
@ApiTest
class SubscriberHistoryActorTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void eachEventNamesTheOperatorWhoActedEvenAfterTheyWereRemoved() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String clerkName = "clerk-" + shortId();
        String clerkId = owner.post("/api/v1/operators", Map.of("username", clerkName, "password", "clerk-password",
                "role", "OPERATOR")).id();
        String ownerId = owner.get("/api/v1/operators").body().valueStream()
                .filter(operator -> operator.get("username").asString().equals("admin"))
                .findFirst().orElseThrow().get("id").asString();
        Api clerk = new Api(port).login(clerkName, "clerk-password");
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Named " + shortId(), "downloadKbps", 4000, "uploadKbps", 1000)).id();
        String path = "/api/v1/subscribers/" + clerk.post("/api/v1/subscribers", Map.of("username", "named-" + shortId(),
                "password", "very-secret-1", "type", "PPPOE", "packageId", pkg)).id();
        clerk.post(path + "/suspend", Map.of("reason", "unpaid invoice"));
        owner.post(path + "/reactivate", Map.of());

        Api.Answer removed = owner.delete("/api/v1/operators/" + clerkId);
        assertThat(removed.status()).isEqualTo(200);

        JsonNode history = owner.getCaughtUp(path + "/history", removed.position()).body().get("events");
        assertThat(history.valueStream().map(entry -> tuple(entry.get("type").asString(), entry.get("actor").asString(),
                entry.get("actorUsername").asString())).toList()).containsExactly(
                tuple("SubscriberCreated", clerkId, clerkName),
                tuple("SubscriberSuspended", clerkId, clerkName),
                tuple("SubscriberReactivated", ownerId, "admin"));
    }

    @Test
    void aChangeAPolicyMadeIsTheSystems() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Lapsing " + shortId(), "downloadKbps", 4000, "uploadKbps", 1000)).id();
        String path = "/api/v1/subscribers/" + owner.post("/api/v1/subscribers", Map.of("username", "lapsing-" + shortId(),
                "password", "very-secret-1", "type", "HOTSPOT", "packageId", pkg,
                "expiresAt", Instant.now().plusSeconds(1).toString())).id();

        // ending within the notice period, it may also have been noticed as ending soon, by the system too
        JsonNode history = Eventually.value(() -> owner.get(path + "/history").body().get("events"),
                events -> events.findValuesAsString("type").contains("SubscriptionExpired"), Duration.ofSeconds(15));

        JsonNode expired = history.get(history.size() - 1);
        assertThat(List.of(expired.get("type").asString(), expired.get("actor").asString(), expired.get("actorUsername").asString()))
                .containsExactly("SubscriptionExpired", "system", "system");
        assertThat(history.get(0).get("actorUsername").asString()).isEqualTo("admin");
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
