package io.ispflow.server.freeradius;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.server.Api;
import io.ispflow.server.Eventually;
import io.ispflow.sessions.OpenSessions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.ispflow.server.freeradius.RouterCoaListener.Behaviour.NAK_UNSUPPORTED_ATTRIBUTE;
import static io.ispflow.server.freeradius.RouterCoaListener.Behaviour.SILENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changes reach sessions already open (RFC 5176): a router reports a session through FreeRADIUS's
 * accounting, so radacct holds FreeRADIUS's own row, and its CoA port, a listener on its tunnel address,
 * receives what ispflow sends when an operator acts. Run on each RADIUS database dialect.
 */
interface SessionControlContract {

    /** The CoA port the test servers send to (not 3799, which a real router's stack might hold). */
    int COA_PORT = 13799;
    Duration WITHIN_A_SECOND = Duration.ofSeconds(1);
    /** Three attempts of 300 ms with pauses of 100 and 200 ms, and room to spare. */
    Duration RETRIES_OVER = Duration.ofSeconds(5);

    Operator operator();

    PrivateFreeRadius freeRadius();

    Api admin();

    Api platformAdmin();

    OpenSessions openSessions();

    /** Reads radacct into the sessions now, rather than at the reader's next poll. */
    void catchUpAccounting();

    EventProcessingConfiguration processing();

    /** A package of the scenario's, 5M/20M. */
    String home20();

    /** A router with its CoA port open, and a subscriber of it online in session {@code sessionId} at {@code framedIp}. */
    record Online(Operator.Router router, RouterCoaListener coaPort, String subscriberId, String username,
                  String sessionId) implements AutoCloseable {

        @Override
        public void close() {
            coaPort.close();
        }
    }

    default Online online(String routerName, String username, String packageId, String framedIp) {
        Operator.Router router = operator().registerRouter(routerName);
        RouterCoaListener coaPort = RouterCoaListener.on(router.tunnelAddress(), COA_PORT, router.secret());
        try {
            String id = operator().signUp(Map.of("username", username, "password", username + "-secret", "type", "PPPOE",
                    "packageId", packageId));
            String sessionId = UUID.randomUUID().toString().substring(0, 8);
            RouterRadiusClient client = freeRadius().router(router.tunnelAddress(), router.secret());
            RouterRadiusClient.SessionReport started = new RouterRadiusClient.SessionReport(username, sessionId, framedIp,
                    "02:00:00:00:00:01", 0, 0, 0, Instant.now());
            // a tunnel address freed by a decommissioning is given again at once, and FreeRADIUS knows it by the old
            // router's secret until its client entry lapses
            Eventually.value(() -> client.start(started).kind(), RadiusAnswer.Kind.ACCOUNTING_RESPONSE::equals,
                    PrivateFreeRadius.CLIENT_LIFETIME.multipliedBy(3));
            // read again until the subscriber's username is known to the accounting (its directory is a processor too)
            Eventually.value(() -> {
                catchUpAccounting();
                return openSessions().of(SubscriberId.of(UUID.fromString(id)));
            }, sessions -> !sessions.isEmpty(), Duration.ofSeconds(10));
            return new Online(router, coaPort, id, username, sessionId);
        } catch (RuntimeException | Error e) {
            coaPort.close();
            throw e;
        }
    }

    @Test
    default void aSuspensionSendsTheOpenSessionASignedDisconnectRequestWithinASecond() throws Exception {
        try (Online online = online("coa-1", "cs-amani", home20(), "100.64.1.10")) {
            operator().command(subscriber(online, "/suspend"), Map.of("reason", "unpaid"));

            RouterCoaListener.Received request = online.coaPort().next(WITHIN_A_SECOND);

            assertThat(request).as("a Disconnect-Request within a second").isNotNull();
            assertThat(request.isDisconnect()).isTrue();
            assertThat(request.signed()).as("Request Authenticator and Message-Authenticator of RFC 5176").isTrue();
            assertThat(request.attributes()).containsEntry("User-Name", "cs-amani")
                    .containsEntry("Acct-Session-Id", online.sessionId())
                    .containsEntry("Framed-IP-Address", "100.64.1.10");
            assertThat(log(online, 1)).singleElement().satisfies(entry -> {
                assertThat(entry.get("kind").asString()).isEqualTo("DISCONNECT");
                assertThat(entry.get("trigger").asString()).isEqualTo("SubscriberSuspended");
                assertThat(entry.get("outcome").asString()).isEqualTo("ACK");
                assertThat(entry.get("sessionId").asString()).isEqualTo(online.sessionId());
                assertThat(entry.get("routerId").asString()).isEqualTo(online.router().id());
            });
        }
    }

    @Test
    default void aChangeOfPackageSendsACoaRequestWithTheNewRateAndSessionTimeout() throws Exception {
        String fast = operator().createPackage(Map.of("name", "Fast 100", "downloadKbps", 100000, "uploadKbps", 20000,
                "sessionTimeout", 86400));
        try (Online online = online("coa-2", "cs-baraka", home20(), "100.64.1.11")) {
            operator().command(subscriber(online, "/change-package"), Map.of("packageId", fast));

            RouterCoaListener.Received request = online.coaPort().next(WITHIN_A_SECOND);

            assertThat(request).isNotNull();
            assertThat(request.isCoa()).isTrue();
            assertThat(request.signed()).isTrue();
            // the very value FreeRADIUS gives a new login on the package (FreeRadiusScenario)
            assertThat(request.attributes()).containsEntry("Mikrotik-Rate-Limit", "20M/100M")
                    .containsEntry("Session-Timeout", "86400")
                    .containsEntry("User-Name", "cs-baraka")
                    .containsEntry("Acct-Session-Id", online.sessionId());
            assertThat(log(online, 1).get(0).get("outcome").asString()).isEqualTo("ACK");
        }
    }

    @Test
    default void aPackagesNewRateReachesTheOpenSessionsOfItsMembers() throws Exception {
        String home = operator().createPackage(Map.of("name", "Home 8", "downloadKbps", 8000, "uploadKbps", 2000));
        try (Online online = online("coa-8", "cs-neema", home, "100.64.1.18")) {
            operator().replace("/api/v1/packages/" + home, Map.of("name", "Home 8", "downloadKbps", 12000, "uploadKbps", 3000));

            RouterCoaListener.Received request = online.coaPort().next(WITHIN_A_SECOND);

            assertThat(request).isNotNull();
            assertThat(request.isCoa()).isTrue();
            assertThat(request.attributes()).containsEntry("Mikrotik-Rate-Limit", "3M/12M")
                    .containsEntry("Acct-Session-Id", online.sessionId());
            assertThat(log(online, 1).get(0).get("trigger").asString()).isEqualTo("PackageUpdated");
        }
    }

    @Test
    default void aRefusedCoaIsFollowedByADisconnect() throws Exception {
        String fast = operator().createPackage(Map.of("name", "Fast 50", "downloadKbps", 50000, "uploadKbps", 10000));
        try (Online online = online("coa-3", "cs-chausiku", home20(), "100.64.1.12")) {
            online.coaPort().answeringCoa(NAK_UNSUPPORTED_ATTRIBUTE);

            operator().command(subscriber(online, "/change-package"), Map.of("packageId", fast));

            assertThat(online.coaPort().next(WITHIN_A_SECOND).isCoa()).isTrue();
            RouterCoaListener.Received fallback = online.coaPort().next(WITHIN_A_SECOND);
            assertThat(fallback).isNotNull();
            assertThat(fallback.isDisconnect()).isTrue();
            assertThat(fallback.attributes()).containsEntry("Acct-Session-Id", online.sessionId());
            List<JsonNode> log = log(online, 2);
            assertThat(log.get(0).get("kind").asString()).isEqualTo("DISCONNECT");
            assertThat(log.get(0).get("outcome").asString()).isEqualTo("ACK");
            assertThat(log.get(0).get("trigger").asString()).isEqualTo("SubscriberPackageChanged");
            assertThat(log.get(1).get("kind").asString()).isEqualTo("COA");
            assertThat(log.get(1).get("outcome").asString()).isEqualTo("NAK");
            assertThat(log.get(1).get("errorCause").asInt()).isEqualTo(401);
        }
    }

    @Test
    default void aRouterThatNeverAnswersGetsTheSameRequestOnEachAttemptAndTheLogSaysTimeout() throws Exception {
        try (Online online = online("coa-4", "cs-dalila", home20(), "100.64.1.13")) {
            online.coaPort().answeringDisconnect(SILENT);

            operator().command(subscriber(online, "/change-password"), Map.of("password", "n3w-password"));

            JsonNode entry = Eventually.value(() -> log(online).get(0), e -> !e.get("outcome").asString().equals("PENDING"),
                    RETRIES_OVER);
            assertThat(entry.get("outcome").asString()).isEqualTo("TIMEOUT");
            assertThat(entry.get("trigger").asString()).isEqualTo("SubscriberPasswordChanged");
            List<RouterCoaListener.Received> attempts = online.coaPort().all(Duration.ZERO);
            assertThat(attempts).hasSize(3).allMatch(RouterCoaListener.Received::signed)
                    .extracting(RouterCoaListener.Received::identifier).containsOnly(attempts.get(0).identifier());
        }
    }

    @Test
    default void anOperatorsDisconnectReachesTheSessionAndTheLogSaysWhatTheRouterAnswered() throws Exception {
        try (Online online = online("coa-5", "cs-eshe", home20(), "100.64.1.14")) {
            online.coaPort().answeringDisconnect(RouterCoaListener.Behaviour.NAK_SESSION_NOT_FOUND);

            Api.Answer answer = admin().post(subscriber(online, "/disconnect"), Map.of("reason", "line fault reported"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.id()).isEqualTo(online.subscriberId());
            assertThat(online.coaPort().next(WITHIN_A_SECOND).isDisconnect()).isTrue();
            JsonNode entry = Eventually.value(() -> log(online).get(0), e -> !e.get("outcome").asString().equals("PENDING"),
                    RETRIES_OVER);
            assertThat(entry.get("trigger").asString()).isEqualTo("SubscriberDisconnectRequested");
            assertThat(entry.get("outcome").asString()).isEqualTo("NAK");
            assertThat(entry.get("errorCause").asInt()).isEqualTo(503);
        }
    }

    @Test
    default void aSubscriberWithoutAnOpenSessionIsLoggedAsNoSession() {
        String id = operator().signUp(Map.of("username", "cs-offline", "password", "offline-secret", "type", "PPPOE",
                "packageId", home20()));

        operator().command("/api/v1/subscribers/" + id + "/suspend", Map.of("reason", "unpaid"));

        JsonNode entry = Eventually.value(() -> items(admin().get("/api/v1/subscribers/" + id + "/session-control")),
                items -> items.size() == 1, RETRIES_OVER).get(0);
        assertThat(entry.get("outcome").asString()).isEqualTo("NO_SESSION");
        assertThat(entry.get("sessionId").isNull()).isTrue();
        assertThat(entry.get("routerId").isNull()).isTrue();
    }

    @Test
    default void aDecommissionedRoutersSessionsAreSentNothing() throws Exception {
        try (Online online = online("coa-6", "cs-faraji", home20(), "100.64.1.15")) {
            operator().command("/api/v1/routers/" + online.router().id() + "/decommission", Map.of());

            operator().command(subscriber(online, "/suspend"), Map.of("reason", "unpaid"));

            assertThat(log(online, 1).get(0).get("outcome").asString()).isEqualTo("NO_SESSION");
            assertThat(online.coaPort().all(Duration.ZERO)).isEmpty();
        }
    }

    /**
     * A rebuild replays every event into shadow tables; the session-control processor refuses a reset, and with no
     * token it starts at the head: old events never reach today's sessions. The next change is the first request.
     */
    @Test
    default void neitherARebuildNorARestartWithoutTokenSendsOldChanges() throws Exception {
        try (Online online = online("coa-7", "cs-gathoni", home20(), "100.64.1.16")) {
            TrackingEventProcessor processor = processing()
                    .eventProcessor("session-control", TrackingEventProcessor.class).orElseThrow();
            processor.shutDown();
            assertThat(processor.supportsReset()).isFalse();
            assertThatThrownBy(processor::resetTokens).isInstanceOf(IllegalStateException.class);
            operator().command(subscriber(online, "/suspend"), Map.of("reason", "while the processor was away"));
            forgetToken();
            processor.start();
            String rebuild = platformAdmin().post("/api/v1/ops/radius/rebuild", Map.of()).body().get("jobId").asString();
            Eventually.value(() -> platformAdmin().get("/api/v1/ops/radius/rebuild/" + rebuild).body().path("state").asString(),
                    state -> !state.equals("RUNNING"), Duration.ofSeconds(30));

            operator().command(subscriber(online, "/reactivate"), Map.of());
            admin().post(subscriber(online, "/disconnect"), Map.of("reason", "the first request after the rebuild"));

            RouterCoaListener.Received first = online.coaPort().next(WITHIN_A_SECOND);
            assertThat(first).isNotNull();
            assertThat(log(online, 1)).singleElement()
                    .satisfies(entry -> assertThat(entry.get("trigger").asString()).isEqualTo("SubscriberDisconnectRequested"));
        }
    }

    /** As if the processor had never run: its token row gone, as on a new installation. */
    void forgetToken();

    /** The subscriber's log once it holds {@code size} entries, none of them still PENDING. */
    default List<JsonNode> log(Online online, int size) {
        return Eventually.value(() -> log(online),
                items -> items.size() == size && items.stream().noneMatch(e -> e.get("outcome").asString().equals("PENDING")),
                RETRIES_OVER);
    }

    default List<JsonNode> log(Online online) {
        Api.Answer answer = admin().get(subscriber(online, "/session-control"));
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return items(answer);
    }

    private static List<JsonNode> items(Api.Answer answer) {
        return StreamSupport.stream(answer.body().get("items").spliterator(), false).toList();
    }

    private static String subscriber(Online online, String action) {
        return "/api/v1/subscribers/" + online.subscriberId() + action;
    }
}
