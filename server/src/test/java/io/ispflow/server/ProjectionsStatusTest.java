package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator sees how far each event processor is behind the event store, and where its position is kept. */
@ApiTest
class ProjectionsStatusTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void eachProcessorReportsItsPositionAndLagBehindTheHead() {
        long written = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD)
                .post("/api/v1/routers", Map.of("name", "ops-router")).position();
        Api platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);

        JsonNode report = Eventually.value(() -> platform.get("/api/v1/ops/projections").body(),
                body -> processor(body, "read-model").get("position").asLong() >= written
                        && processor(body, "radius").get("position").asLong() >= written, Duration.ofSeconds(20));

        assertThat(report.get("head").asLong()).isGreaterThanOrEqualTo(written);
        assertThat(report.get("tokenDatabases").toString())
                .isEqualTo("[{\"name\":\"application\",\"state\":\"READ\"},{\"name\":\"radius\",\"state\":\"READ\"}]");
        JsonNode readModel = processor(report, "read-model");
        assertThat(readModel.get("kind").asString()).isEqualTo("tracking");
        assertThat(readModel.get("tokenDatabase").asString()).isEqualTo("application");
        assertThat(readModel.get("lag").asLong()).isEqualTo(report.get("head").asLong() - readModel.get("position").asLong());
        assertThat(readModel.get("replaying").asBoolean()).isFalse();
        assertThat(readModel.get("inThisProcess").asBoolean()).isTrue();
        assertThat(readModel.get("running").asBoolean()).isTrue();
        assertThat(readModel.get("error").asBoolean()).isFalse();
        assertThat(processor(report, "radius").get("tokenDatabase").asString()).isEqualTo("radius");
    }

    @Test
    void subscribingProcessorsHaveNoPositionBecauseTheyRunInTheCommandsTransaction() {
        JsonNode report = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD).get("/api/v1/ops/projections").body();

        for (String name : new String[] {"package-catalog", "subscription-ends"}) {
            JsonNode processor = processor(report, name);
            assertThat(processor.get("kind").asString()).isEqualTo("subscribing");
            assertThat(processor.get("tokenDatabase").isNull()).isTrue();
            assertThat(processor.get("position").isNull()).isTrue();
            assertThat(processor.get("lag").isNull()).isTrue();
            assertThat(processor.get("running").asBoolean()).isTrue();
        }
    }

    @Test
    void theReportNeedsAToken() {
        assertThat(new Api(port).get("/api/v1/ops/projections").status()).isEqualTo(401);
    }

    private static JsonNode processor(JsonNode report, String name) {
        for (JsonNode processor : report.get("processors")) {
            if (processor.get("name").asString().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + report);
    }
}
