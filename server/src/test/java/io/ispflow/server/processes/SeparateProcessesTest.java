package io.ispflow.server.processes;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles in three JVMs of their own (command and query, projections, radius) on one event store,
 * as issue 7 asks: queries wait for a projector in another process, and a projector killed with
 * SIGKILL, or cut off from its database, loses nothing and applies nothing twice.
 */
class SeparateProcessesTest {

    /** A restarted projector waits out the dead one's token claim (10 s) before it goes on. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    private static ThreeProcesses system;
    private static Api operator;
    /** The platform administrator, who alone may use the installation-wide operations. */
    private static Api platform;
    private static List<String> packages;

    @RegisterExtension
    static final TestWatcher PROCESS_OUTPUT = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            system.all().forEach(process -> System.err.println("---- " + process.name() + ", last lines:"
                    + System.lineSeparator() + process.tail(80)));
        }
    };

    @BeforeAll
    static void startThreeProcesses() {
        system = ThreeProcesses.start();
        operator = system.commandQuery.api("admin", ThreeProcesses.ADMIN_PASSWORD);
        platform = system.commandQuery.api("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        packages = List.of(createPackage("Home 10", 10000), createPackage("Home 50", 50000));
    }

    @AfterAll
    static void stopThem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aQueryWaitsForTheReadModelThatAnotherProcessProjects() {
        Api.Answer created = operator.post("/api/v1/subscribers", Map.of("username", "far-away-fatuma",
                "password", "fatuma-secret", "type", "PPPOE", "packageId", packages.get(0)));

        Api.Answer read = operator.getCaughtUp("/api/v1/subscribers/" + created.id(), created.position());

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.body().get("username").asString()).isEqualTo("far-away-fatuma");
        JsonNode readModel = processor(system.commandQuery, "read-model");
        assertThat(readModel.get("inThisProcess").asBoolean()).isFalse();
        assertThat(readModel.get("position").asLong()).isGreaterThanOrEqualTo(created.position());
    }

    /** Both command processes sweep every 100 ms; whichever takes the router's row first marks it, the other finds it OFFLINE. */
    @Test
    void twoProcessesSweepingAtOnceAppendOneOfflinePerSilence() {
        String router = operator.post("/api/v1/routers", Map.of("name", "swept-" + System.nanoTime() % 100000)).id();
        String script = operator.get("/api/v1/routers/" + router + "/setup-script").text();
        String token = script.replaceAll("(?s).*X-API-Key: ([A-Za-z0-9]{40})\".*", "$1");
        Api.Answer beat = system.commandQuery.api().exchange("/api/v1/routers/heartbeat", request -> request
                .header("X-API-Key", token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(beat.status()).as("%s", beat).isEqualTo(204);

        Eventually.value(() -> events(router, "RouterWentOffline"), offline -> offline > 0, CATCH_UP);
        keepSweepingFor(Duration.ofSeconds(2));

        assertThat(events(router, "RouterWentOffline")).isEqualTo(1);
        assertThat(events(router, "RouterCameOnline")).isEqualTo(1);
    }

    @Test
    void theRadiusProcessServesTheRadiusOperationsWithATokenFromTheCommandProcess() {
        Api.Answer created = operator.post("/api/v1/subscribers", Map.of("username", "radius-rashid",
                "password", "rashid-secret", "type", "HOTSPOT", "packageId", packages.get(1)));
        awaitRadiusAt(created.position());

        Api atRadius = system.radius.api().withToken(platform.accessToken());

        assertThat(system.radiusDb.queryForList("SELECT value FROM radcheck WHERE username = 'radius-rashid'"
                + " AND attribute = 'Cleartext-Password'", String.class)).containsExactly("rashid-secret");
        assertThat(drift(atRadius)).isEmpty();
        assertThat(platform.get("/api/v1/ops/radius/drift").status()).isEqualTo(404);
    }

    @Test
    void aRadiusProcessKilledMidStreamLosesNothingAndAppliesNothingTwice() {
        CommandStream stream = killedAndRestartedMidStream(system.radius, SeparateProcessesTest::awaitRadiusAt, "killed-radius",
                whileGone -> { });

        assertThat(stream.refusals()).isEmpty();
        awaitRadiusAt(stream.lastPosition());
        assertRadiusTablesEqualARebuild();
        assertThat(radiusUsernames("killed-radius")).isEqualTo(notTerminated(stream));
    }

    @Test
    void aReadModelProcessKilledMidStreamLosesNothingAndAppliesNothingTwice() {
        CommandStream stream = killedAndRestartedMidStream(system.projections, SeparateProcessesTest::awaitReadModelAt,
                "killed-read-model", whileGone -> assertThat(operator.get("/api/v1/subscribers?size=1", whileGone.lastPosition())
                        .code()).as("a read that waits for the model's newest writes").isEqualTo("PROJECTION_LAGGING"));

        assertThat(stream.refusals()).isEmpty();
        awaitReadModelAt(stream.lastPosition());
        stream.subscribers().forEach((id, expected) -> {
            JsonNode shown = operator.get("/api/v1/subscribers/" + id).body();
            assertThat(new CommandStream.Expected(shown.get("username").asString(), shown.get("packageId").asString(),
                    shown.get("status").asString())).isEqualTo(expected);
        });
        assertReadModelEqualsAReplay(stream.lastPosition());
    }

    @Test
    void whileTheRadiusDatabaseIsDownCommandsAreAcceptedAndTheProjectorCatchesUpAfterwards() {
        CommandStream stream = CommandStream.start(operator, packages, "db-down");
        stream.awaitMore(10);

        system.radiusLink.cut();
        Set<String> before = radiusUsernames("db-down");
        stream.awaitMore(40);
        keepGoingFor(OUTAGE, stream);
        assertThat(radiusUsernames("db-down")).as("nothing reaches the RADIUS tables while their database is away")
                                              .isSubsetOf(before)
                                              .isNotEqualTo(notTerminated(stream));
        system.radiusLink.restore();
        stream.awaitMore(10);
        stream.stop();

        assertThat(stream.refusals()).isEmpty();
        awaitRadiusAt(stream.lastPosition());
        assertThat(system.radius.output()).as("the failed batches were retried").contains("preparing for retry");
        assertRadiusTablesEqualARebuild();
        assertThat(radiusUsernames("db-down")).isEqualTo(notTerminated(stream));
    }

    /**
     * Streams commands; once {@code projector} has projected some of them ({@code awaitAt}), kills it with
     * SIGKILL, goes on while it is gone ({@code whileGone} sees how) and after it is back, then stops the stream.
     */
    private static CommandStream killedAndRestartedMidStream(ServerProcess projector, LongConsumer awaitAt, String prefix,
                                                             Consumer<CommandStream> whileGone) {
        CommandStream stream = CommandStream.start(operator, packages, prefix);
        stream.awaitMore(30);
        awaitAt.accept(stream.lastPosition());
        projector.kill();
        stream.awaitMore(20);
        whileGone.accept(stream);
        projector.start();
        stream.awaitMore(20);
        return stream.stop();
    }

    /** Lets the stream run on, so an outage outlasts the processor's first retries. */
    private static void keepGoingFor(Duration duration, CommandStream stream) {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            stream.awaitMore(1);
        }
    }

    private static String createPackage(String name, int downloadKbps) {
        return operator.post("/api/v1/packages", Map.of("name", name, "downloadKbps", downloadKbps, "uploadKbps", 5000,
                "deviceLimit", 2)).id();
    }

    /** Live rows before a rebuild equal the rebuilt rows, row for row, and the drift check finds nothing. */
    private static void assertRadiusTablesEqualARebuild() {
        Api atRadius = system.radius.api().withToken(platform.accessToken());
        List<String> live = TableRows.radius(system.radiusDb);
        assertThat(live).doesNotHaveDuplicates();
        assertThat(drift(atRadius)).isEmpty();

        Api.Answer started = atRadius.post("/api/v1/ops/radius/rebuild", Map.of());
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        JsonNode job = Eventually.value(() -> atRadius.get("/api/v1/ops/radius/rebuild/" + started.body().get("jobId").asString()).body(),
                status -> !status.get("state").asString().equals("RUNNING"), CATCH_UP);
        assertThat(job.get("state").asString()).as("%s", job).isEqualTo("SUCCEEDED");
        assertThat(TableRows.radius(system.radiusDb)).isEqualTo(live);
    }

    /**
     * Stops the projections process, forgets its position and empties its tables; started again, it
     * replays every event from the first, and must build the same rows.
     */
    private static void assertReadModelEqualsAReplay(long position) {
        List<String> projected = TableRows.readModel(system.appDb);
        system.projections.close();
        system.appDb.update("DELETE FROM token_entry WHERE processor_name = 'read-model'");
        system.appDb.update("TRUNCATE package_view, router_view, subscriber_view");
        system.projections.start();
        awaitReadModelAt(position);
        assertThat(TableRows.readModel(system.appDb)).isEqualTo(projected);
    }

    private static long events(String router, String type) {
        return system.appDb.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                Long.class, router, "io.ispflow.kernel.router." + type);
    }

    /** Lets the sweepers of both processes run many more times. */
    private static void keepSweepingFor(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        Eventually.value(() -> System.nanoTime() > until, Boolean::booleanValue, duration.plusSeconds(1));
    }

    private static void awaitRadiusAt(long position) {
        Eventually.value(() -> StoredPosition.covers(system.radiusDb, "radius", position), Boolean::booleanValue, CATCH_UP);
    }

    private static void awaitReadModelAt(long position) {
        Eventually.value(() -> StoredPosition.covers(system.appDb, "read-model", position), Boolean::booleanValue, CATCH_UP);
    }

    private static JsonNode processor(ServerProcess process, String name) {
        Api.Answer report = process.api().withToken(platform.accessToken()).get("/api/v1/ops/projections");
        assertThat(report.status()).as("%s", report).isEqualTo(200);
        return report.body().get("processors").valueStream()
                     .filter(processor -> processor.get("name").asString().equals(name))
                     .findFirst().orElseThrow(() -> new AssertionError(name + " is not in " + report.text()));
    }

    private static List<JsonNode> drift(Api atRadius) {
        Api.Answer drift = atRadius.get("/api/v1/ops/radius/drift");
        assertThat(drift.status()).as("%s", drift).isEqualTo(200);
        return drift.body().get("differences").valueStream().toList();
    }

    private static Set<String> radiusUsernames(String prefix) {
        return Set.copyOf(system.radiusDb.queryForList("SELECT DISTINCT username FROM radcheck WHERE username LIKE ? ORDER BY username",
                String.class, prefix + "-%"));
    }

    private static Set<String> notTerminated(CommandStream stream) {
        return stream.subscribers().values().stream()
                     .filter(subscriber -> !subscriber.status().equals("TERMINATED"))
                     .map(CommandStream.Expected::username)
                     .collect(Collectors.toSet());
    }
}
