package io.ispflow.server.lifecycle;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import io.ispflow.server.IspflowApplication;
import io.ispflow.server.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server of the test's own, started and stopped as an orchestrator would: it leaves the rotation
 * while a projection lags beyond the bound, and on stop it finishes the requests in flight and
 * releases its processors' claims, so that another process takes them over at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleTest {

    private static final String DATABASE = TestDatabases.PREFIX + "_lifecycle";
    private static final String RADIUS_DATABASE = TestDatabases.PREFIX + "_lifecycle_radius";

    private static ConfigurableApplicationContext server;
    private static int port;

    @BeforeAll
    static void start() {
        String url = TestDatabases.freshPostgres(DATABASE);
        String radiusUrl = TestDatabases.freshPostgres(RADIUS_DATABASE);
        server = new SpringApplicationBuilder(IspflowApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabases.PG_USER,
                "--spring.datasource.password=" + TestDatabases.PG_PASSWORD,
                "--ispflow.radius.datasource.url=" + radiusUrl,
                "--ispflow.radius.datasource.username=" + TestDatabases.PG_USER,
                "--ispflow.radius.datasource.password=" + TestDatabases.PG_PASSWORD,
                "--ispflow.bootstrap.admin-password=" + ApiTest.ADMIN_PASSWORD,
                "--ispflow.health.max-projection-lag=0",
                "--ispflow.query.max-position-wait=3s");
        port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void readinessIsOutOfServiceWhileTheReadModelLagsBeyondTheBoundAndUpOnceItCatchesUp() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        StreamingEventProcessor readModel = server.getBean(EventProcessingConfiguration.class)
                .eventProcessor("read-model", StreamingEventProcessor.class).orElseThrow();
        readModel.shutDown();

        api.post("/api/v1/packages", Map.of("name", "Lagging", "downloadKbps", 1000, "uploadKbps", 1000));
        Api.Answer lagging = api.get("/actuator/health/readiness");

        assertThat(lagging.status()).isEqualTo(503);
        assertThat(lagging.body().get("components").get("projectionLag").get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

        readModel.start();
        Eventually.value(() -> api.get("/actuator/health/readiness").status(), status -> status == 200, Duration.ofSeconds(20));
    }

    @Test
    @Order(2)
    void onStopARequestInFlightIsAnsweredAndEveryProcessorClaimIsReleased() throws Exception {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        assertThat(claimedSegments(DATABASE)).isPositive();
        assertThat(claimedSegments(RADIUS_DATABASE)).isPositive();
        // a read that waits for a write the stopped read model never reaches: in flight for 3 s
        server.getBean(EventProcessingConfiguration.class).eventProcessor("read-model", StreamingEventProcessor.class)
                .orElseThrow().shutDown();
        long unprojected = api.post("/api/v1/packages", Map.of("name", "Unprojected", "downloadKbps", 1000, "uploadKbps", 1000))
                .position();
        HttpRequest waiting = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/packages"))
                .header("Authorization", "Bearer " + api.accessToken())
                .header("X-Min-Position", Long.toString(unprojected))
                .GET().build();
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(waiting, HttpResponse.BodyHandlers.ofString());
        MeterRegistry metrics = server.getBean(MeterRegistry.class);
        Eventually.value(() -> activeRequests(metrics), active -> active >= 1, Duration.ofSeconds(10));

        server.close();

        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(504);
        assertThat(answer.body()).contains("PROJECTION_LAGGING");
        assertThat(claimedSegments(DATABASE)).isZero();
        assertThat(claimedSegments(RADIUS_DATABASE)).isZero();
    }

    private static int activeRequests(MeterRegistry metrics) {
        return Search.in(metrics).name("http.server.requests.active").longTaskTimers().stream()
                .mapToInt(timer -> timer.activeTasks()).sum();
    }

    private static int claimedSegments(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabases.PG_SERVER + database,
                TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM token_entry WHERE owner IS NOT NULL")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
