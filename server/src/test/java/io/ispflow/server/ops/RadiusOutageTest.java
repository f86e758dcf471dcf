package io.ispflow.server.ops;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.TestDatabases;
import io.ispflow.server.processes.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the RADIUS database is away, what needs it answers at once that it is unavailable, 503 with a
 * code, rather than a 500 after the 30 s a connection used to be waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ispflow.bootstrap.admin-password=" + RadiusOutageTest.ADMIN_PASSWORD,
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_radius_outage",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}"})
class RadiusOutageTest {

    static final String ADMIN_PASSWORD = "radius-outage-password";
    static final Duration AT_ONCE = Duration.ofSeconds(10);
    static final TcpProxy RADIUS = new TcpProxy(postgresHost(), postgresPort());

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_radius_outage");
    }

    /** The RADIUS database through the proxy, whose port is known only now. */
    @DynamicPropertySource
    static void radiusThroughTheProxy(DynamicPropertyRegistry registry) {
        String radius = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_radius_outage_radius");
        registry.add("ispflow.radius.datasource.url",
                () -> radius.replace(postgresHost() + ":" + postgresPort(), "127.0.0.1:" + RADIUS.port()));
    }

    @AfterAll
    static void closeProxy() {
        RADIUS.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aDriftCheckAndReadinessSayAtOnceThatTheRadiusDatabaseIsAway() {
        new Api(port).login("admin", ADMIN_PASSWORD)
                .post("/api/v1/packages", Map.of("name", "Outage", "downloadKbps", 1000, "uploadKbps", 1000));
        Api api = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        RADIUS.cut();
        try {
            long started = System.nanoTime();
            Api.Answer readiness = new Api(port).get("/actuator/health/readiness");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body().get("components").get("radiusDb").get("status").asString()).isEqualTo("DOWN");

            started = System.nanoTime();
            Api.Answer drift = api.get("/api/v1/ops/radius/drift");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
            assertThat(drift.status()).as("%s", drift).isEqualTo(503);
            assertThat(drift.code()).isEqualTo("RADIUS_UNAVAILABLE");

            assertThat(api.post("/api/v1/ops/radius/rebuild", Map.of()).code()).isEqualTo("RADIUS_UNAVAILABLE");
        } finally {
            RADIUS.restore();
        }
    }

    private static String postgresHost() {
        return URI.create(TestDatabases.PG_SERVER.substring("jdbc:".length())).getHost();
    }

    private static int postgresPort() {
        return URI.create(TestDatabases.PG_SERVER.substring("jdbc:".length())).getPort();
    }
}
