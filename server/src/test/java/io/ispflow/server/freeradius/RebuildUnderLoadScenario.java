package io.ispflow.server.freeradius;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusTables;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCESS_ACCEPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild of the RADIUS tables is no outage: FreeRADIUS, reading the live tables, accepts a subscriber
 * at every moment of it, and what is signed up meanwhile is in the new tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.tunnel.subnet=" + FreeRadiusScenario.TUNNEL_SUBNET,
        "ispflow.bootstrap.admin-password=" + FreeRadiusScenario.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RebuildUnderLoadScenario {

    private static final int SUBSCRIBERS = 300;

    @LocalServerPort
    int port;

    @Autowired
    RadiusDatabase radius;

    @Autowired
    @Qualifier("serializer")
    Serializer serializer;

    Api api;
    /** The platform administrator, who alone may rebuild and check the RADIUS tables. */
    Api platform;
    RadiusProjection projection;
    RouterRadiusClient router;
    String home10;

    abstract PrivateFreeRadius freeRadius();

    @BeforeAll
    void aRouterAndSeveralHundredSubscribers() {
        api = new Api(port).login("admin", FreeRadiusScenario.ADMIN_PASSWORD);
        platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        projection = new RadiusProjection(radius, serializer);
        Operator operator = new Operator(api, projection, radius);
        Operator.Router registered = operator.registerRouter("core-rebuild");
        router = freeRadius().router(registered.tunnelAddress(), registered.secret());
        home10 = operator.createPackage(Map.of("name", "Home 10", "downloadKbps", 10000, "uploadKbps", 2000));
        projection.await(IntStream.range(0, SUBSCRIBERS).mapToLong(n -> signUp("load-" + n)).max().orElseThrow());
    }

    @Test
    void everyAccessRequestDuringARebuildIsAcceptedAndTheTablesEndAsTheyWere() {
        List<String> before = tables();
        String job = startRebuild();
        List<RadiusAnswer.Kind> answers = new ArrayList<>();

        do {
            answers.add(router.authenticate("load-7", "load-7-secret").kind());
        } while (state(job).equals("RUNNING"));

        assertThat(state(job)).isEqualTo("SUCCEEDED");
        assertThat(answers).isNotEmpty().containsOnly(ACCESS_ACCEPT);
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void subscribersSignedUpDuringARebuildAreAcceptedAfterIt() {
        String job = startRebuild();
        long last = 0;
        for (int n = 0; n < 20; n++) {
            last = signUp("late-" + n);
        }
        Eventually.value(() -> state(job), state -> !state.equals("RUNNING"), Duration.ofSeconds(60));
        projection.await(last);

        assertThat(state(job)).isEqualTo("SUCCEEDED");
        assertThat(platform.get("/api/v1/ops/radius/drift").body().get("differences").isEmpty()).isTrue();
        assertThat(IntStream.range(0, 20).mapToObj(n -> router.authenticate("late-" + n, "late-" + n + "-secret").kind()))
                .containsOnly(ACCESS_ACCEPT);
    }

    private long signUp(String username) {
        Api.Answer answer = api.post("/api/v1/subscribers", Map.of("username", username, "password", username + "-secret",
                "type", "PPPOE", "packageId", home10));
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.position();
    }

    private String startRebuild() {
        Api.Answer started = platform.post("/api/v1/ops/radius/rebuild", Map.of());
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        return started.body().get("jobId").asString();
    }

    private String state(String job) {
        JsonNode status = platform.get("/api/v1/ops/radius/rebuild/" + job).body();
        return status.get("state").asString();
    }

    /** Every projected row without its generated id, sorted. */
    private List<String> tables() {
        return RadiusTables.PROJECTED.stream()
                .flatMap(table -> radius.jdbcTemplate().queryForList("SELECT * FROM " + table).stream()
                        .map(row -> {
                            row.keySet().removeIf(column -> column.equalsIgnoreCase("id"));
                            return table + " " + row.values();
                        }))
                .sorted()
                .toList();
    }
}
