package io.ispflow.server;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant and operator lists come from the read model, like every list; signing in does not
 * wait for it, since the command side's directories change with the command itself.
 */
@ApiTest
class TenantAndOperatorListsTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void aNewOperatorSignsInAtOnceWhileTheListWaitsForTheReadModel() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String username = "early-" + shortId();
        TrackingEventProcessor readModel = processors.eventProcessor("read-model", TrackingEventProcessor.class).orElseThrow();
        readModel.shutDown();
        try {
            owner.post("/api/v1/operators", Map.of("username", username, "password", "early-password", "role", "READONLY"));

            assertThat(new Api(port).login(username, "early-password").get("/api/v1/subscribers").status()).isEqualTo(200);
            assertThat(owner.get("/api/v1/operators").code()).isEqualTo("PROJECTION_LAGGING");
        } finally {
            readModel.start();
        }
        Api.Answer caughtUp = Eventually.value(() -> owner.get("/api/v1/operators"), answer -> answer.status() != 504,
                Duration.ofSeconds(20));
        assertThat(caughtUp.body().valueStream().map(operator -> operator.get("username").asString())).contains(username);
    }

    @Test
    void theListsHonourXMinPosition() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        Api platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        String slug = "listed-" + shortId();
        Api.Answer tenant = platform.post("/api/v1/tenants", Map.of("name", "Listed ISP", "slug", slug, "accountPrefix", "LST",
                "ownerUsername", slug + "-owner", "ownerPassword", "listed-password"));
        Api.Answer operator = owner.post("/api/v1/operators", Map.of("username", slug + "-clerk", "password", "clerk-password",
                "role", "OPERATOR"));

        assertThat(platform.get("/api/v1/tenants", tenant.position()).body().valueStream()
                .filter(listed -> listed.get("slug").asString().equals(slug)).map(listed -> listed.get("status").asString()))
                .containsExactly("ACTIVE");
        assertThat(owner.get("/api/v1/operators", operator.position()).body().valueStream()
                .map(listed -> listed.get("username").asString())).contains(slug + "-clerk");
        assertThat(platform.get("/api/v1/tenants", tenant.position() + 1_000_000).code()).isEqualTo("POSITION_BEYOND_HEAD");
        assertThat(owner.get("/api/v1/operators", operator.position() + 1_000_000).code()).isEqualTo("POSITION_BEYOND_HEAD");
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
