package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A username is unique across the RADIUS database even when many operators create it at once. */
@ApiTest
class UsernameRaceTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Test
    void twentyParallelSignUpsOfOneUsernameGiveOneSubscriber() throws Exception {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Race", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        String username = "race-" + System.nanoTime();
        Callable<Integer> signUp = () -> api.post("/api/v1/subscribers", Map.of("username", username,
                "password", "secret-123", "type", "HOTSPOT", "packageId", pkg)).status();

        long signedUpBefore = signUps();
        ExecutorService operators = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(operators.submit(signUp));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        operators.shutdown();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
        assertThat(signUps() - signedUpBefore).isEqualTo(1);
    }

    /** Usernames are sealed in the events, so the sign-ups are counted, not searched by name. */
    private long signUps() {
        return appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE payload_type = 'io.ispflow.kernel.subscriber.SubscriberCreated'", Long.class);
    }

    @Test
    void aTerminatedSubscribersUsernameStaysTaken() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Gone", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        String username = "gone-" + System.nanoTime();
        Map<String, Object> signUp = Map.of("username", username, "password", "secret-123", "type", "HOTSPOT", "packageId", pkg);
        String id = api.post("/api/v1/subscribers", signUp).id();
        api.delete("/api/v1/subscribers/" + id);

        Api.Answer again = api.post("/api/v1/subscribers", signUp);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("USERNAME_TAKEN");
    }
}
