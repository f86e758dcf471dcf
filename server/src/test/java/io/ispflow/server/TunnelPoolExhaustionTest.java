package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tunnel subnet of eight addresses (/29) leaves five for routers, 10.100.0.2 to 10.100.0.6: the
 * sixth router is refused until one is decommissioned. Its own server and databases, since it
 * fills the pool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_pool",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_pool_radius",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.tunnel.subnet=10.100.0.0/29",
        "ispflow.bootstrap.admin-password=" + ApiTest.ADMIN_PASSWORD})
class TunnelPoolExhaustionTest {

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_pool");
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_pool_radius");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Test
    void aFullPoolRefusesTheNextRouterUntilOneIsDecommissioned() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        List<String> routers = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            Api.Answer registered = api.post("/api/v1/routers", Map.of("name", "pool-" + n));
            routers.add(registered.id());
            addresses.add(registered.body().get("tunnelAddress").asString());
        }
        assertThat(addresses).containsExactly("10.100.0.2", "10.100.0.3", "10.100.0.4", "10.100.0.5", "10.100.0.6");

        long eventsBefore = events();
        Api.Answer refused = api.post("/api/v1/routers", Map.of("name", "pool-6"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("TUNNEL_POOL_EXHAUSTED");
        assertThat(events()).isEqualTo(eventsBefore);

        api.post("/api/v1/routers/" + routers.get(3) + "/decommission", Map.of());
        Api.Answer next = api.post("/api/v1/routers", Map.of("name", "pool-6"));
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().get("tunnelAddress").asString()).isEqualTo("10.100.0.5");
    }

    private long events() {
        return RequestEvents.count(appDatabase);
    }
}
