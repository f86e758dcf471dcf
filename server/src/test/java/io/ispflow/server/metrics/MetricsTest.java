package io.ispflow.server.metrics;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus scrapes ispflow's own metrics, open inside the network, and they move with what happens. */
@ApiTest
class MetricsTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Test
    void commandsAreCountedAndTimedByTypeAndOutcome() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        Scrape before = Scrape.of(port);

        api.post("/api/v1/packages", Map.of("name", "Metered", "downloadKbps", 1000, "uploadKbps", 1000));
        api.put("/api/v1/packages/" + UUID.randomUUID(), Map.of("name", "Nowhere", "downloadKbps", 1000, "uploadKbps", 1000));

        Scrape after = Scrape.of(port);
        assertThat(after.status()).isEqualTo(200);
        String created = "command=\"CreatePackage\"";
        assertThat(after.value("ispflow_commands_seconds_count", created, "outcome=\"handled\""))
                .isEqualTo(before.value("ispflow_commands_seconds_count", created, "outcome=\"handled\"") + 1);
        assertThat(after.value("ispflow_commands_seconds_sum", created, "outcome=\"handled\"")).isPositive();
        String updated = "command=\"UpdatePackage\"";
        assertThat(after.value("ispflow_commands_seconds_count", updated, "outcome=\"failed\""))
                .isEqualTo(before.value("ispflow_commands_seconds_count", updated, "outcome=\"failed\"") + 1);
        assertThat(after.value("ispflow_commands_seconds_count", updated, "outcome=\"handled\""))
                .isEqualTo(before.value("ispflow_commands_seconds_count", updated, "outcome=\"handled\""));
    }

    @Test
    void eventsAppendedAreCountedByType() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        double before = Scrape.of(port).value("ispflow_events_appended_total", "event=\"RouterRegistered\"");

        api.post("/api/v1/routers", Map.of("name", "metered-" + UUID.randomUUID().toString().substring(0, 8)));

        assertThat(Scrape.of(port).value("ispflow_events_appended_total", "event=\"RouterRegistered\"")).isEqualTo(before + 1);
    }

    @Test
    void eachTrackingProcessorReportsItsPositionAndLag() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        long written = api.post("/api/v1/packages", Map.of("name", "Tracked", "downloadKbps", 1000, "uploadKbps", 1000)).position();

        Scrape caughtUp = Eventually.value(() -> Scrape.of(port),
                scrape -> scrape.value("ispflow_processor_position", "processor=\"read-model\"") >= written
                        && scrape.value("ispflow_processor_position", "processor=\"radius\"") >= written,
                Duration.ofSeconds(20));

        assertThat(caughtUp.value("ispflow_events_head")).isGreaterThanOrEqualTo(written);
        assertThat(caughtUp.has("ispflow_processor_lag")).isTrue();
        assertThat(caughtUp.value("ispflow_processor_lag", "processor=\"read-model\""))
                .isEqualTo(caughtUp.value("ispflow_events_head") - caughtUp.value("ispflow_processor_position", "processor=\"read-model\""));
    }

    @Test
    void refusedSignInsAreCountedByReason() {
        double before = Scrape.of(port).value("ispflow_logins_failed_total", "reason=\"wrong-credentials\"");

        Api.Answer refused = new Api(port).post("/api/v1/auth/login", Map.of("username", "admin", "password", "not-the-password"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(Scrape.of(port).value("ispflow_logins_failed_total", "reason=\"wrong-credentials\"")).isEqualTo(before + 1);
    }

    @Test
    void aRadiusRebuildReportsItsProgress() {
        new Api(port).login("admin", ApiTest.ADMIN_PASSWORD)
                .post("/api/v1/packages", Map.of("name", "Rebuilt", "downloadKbps", 1000, "uploadKbps", 1000));
        long stored = appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        Api api = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);

        String job = api.post("/api/v1/ops/radius/rebuild", Map.of()).body().get("jobId").asString();
        Eventually.value(() -> api.get("/api/v1/ops/radius/rebuild/" + job).body().get("state").asString(),
                state -> !state.equals("RUNNING"), Duration.ofSeconds(60));

        Scrape scrape = Scrape.of(port);
        assertThat(scrape.value("ispflow_radius_rebuild_running")).isZero();
        assertThat(scrape.value("ispflow_radius_rebuild_expected")).isPositive();
        // expected is the head's position, which counts the positions of commands that rolled back too
        assertThat(scrape.value("ispflow_radius_rebuild_processed")).isGreaterThanOrEqualTo(stored);
    }
}
