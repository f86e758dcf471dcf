package io.ispflow.server.health;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A load balancer and an orchestrator ask, without a token, whether the process lives and may take traffic. */
@ApiTest
class HealthTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void aRunningProcessIsLive() {
        Api.Answer liveness = new Api(port).get("/actuator/health/liveness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessCoversBothDatabasesAndTheProjectionsLag() {
        Api.Answer readiness = new Api(port).get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        JsonNode components = readiness.body().get("components");
        assertThat(components.propertyNames()).containsExactlyInAnyOrder("readinessState", "db", "radiusDb", "projectionLag");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("radiusDb").get("status").asString()).isEqualTo("UP");
        JsonNode lag = components.get("projectionLag");
        assertThat(lag.get("status").asString()).isEqualTo("UP");
        assertThat(lag.get("details").get("maxLag").asLong()).isEqualTo(10000);
        assertThat(lag.get("details").get("lag").propertyNames()).contains("read-model", "radius");
    }
}
