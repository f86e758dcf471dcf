package io.ispflow.sessions.control;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherRevoked;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.radius.router.RadiusClients;
import io.ispflow.sessions.OpenSession;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session-control processor's handlers against a real application database and real UDP: what it
 * records, what it sends, and what it never sends twice.
 */
class SessionControlPolicyTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final SubscriberId ALICE = SubscriberId.random();
    static final RouterId CORE = RouterId.random();
    static final RouterId TOWER = RouterId.random();
    static final RouterId GONE = RouterId.random();
    static final Duration A_MOMENT = Duration.ofMillis(400);

    static JdbcTemplate database;

    final Map<SubscriberId, List<OpenSession>> sessions = new HashMap<>();
    final Map<VoucherId, List<OpenSession>> voucherSessions = new HashMap<>();
    final Map<PackageId, List<SubscriberId>> members = new HashMap<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final ControlMetrics metrics = new ControlMetrics(registry);
    final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    TestRouter core;
    TestRouter tower;
    ControlLog log;
    ControlSender sender;
    SessionControlPolicy policy;

    @BeforeAll
    static void database() {
        database = SessionControlDatabase.fresh();
    }

    @BeforeEach
    void routers() throws Exception {
        database.update("DELETE FROM session_control");
        core = new TestRouter(InetAddress.getByName("127.0.0.21"), 0, "core-secret");
        tower = new TestRouter(InetAddress.getByName("127.0.0.22"), core.port(), "tower-secret");
        RadiusClients clients = new RadiusClients(null) {
            @Override
            public Optional<RadiusClient> of(RouterId routerId) {
                return Optional.ofNullable(Map.of(
                        CORE, new RadiusClient(CORE, address("127.0.0.21"), "core-secret"),
                        TOWER, new RadiusClient(TOWER, address("127.0.0.22"), "tower-secret")).get(routerId));
            }
        };
        log = new ControlLog(database);
        sender = new ControlSender(log, clients, new SessionControlSettings(2, Duration.ofMillis(200), Duration.ofMillis(50), 2, ""),
                core.port(), metrics);
        sender.start();
        policy = new SessionControlPolicy(subscriber -> sessions.getOrDefault(subscriber, List.of()),
                voucher -> voucherSessions.getOrDefault(voucher, List.of()), pkg -> members.getOrDefault(pkg, List.of()), log, sender, new PackageTermsNow(events), metrics);
    }

    @AfterEach
    void stop() {
        sender.stop();
        core.close();
        tower.close();
    }

    @Test
    void aSuspensionDisconnectsEveryOpenSessionOnItsOwnRouter() throws Exception {
        sessions.put(ALICE, List.of(session("s-1", CORE), session("s-2", TOWER)));

        policy.on(new SubscriberSuspended(ALICE, TENANT, "unpaid"), message(new SubscriberSuspended(ALICE, TENANT, "unpaid")));

        assertThat(core.next(A_MOMENT)[0] & 0xff).isEqualTo(ControlPackets.DISCONNECT_REQUEST);
        assertThat(tower.next(A_MOMENT)[0] & 0xff).isEqualTo(ControlPackets.DISCONNECT_REQUEST);
        awaitOutcomes();
        assertThat(rows("SELECT session_id, kind, trigger, outcome FROM session_control ORDER BY session_id"))
                .containsExactly("s-1 DISCONNECT SubscriberSuspended ACK", "s-2 DISCONNECT SubscriberSuspended ACK");
        assertThat(registry.counter(ControlMetrics.NAME, "kind", "DISCONNECT", "outcome", "ACK").count()).isEqualTo(2);
    }

    /** As after a crash between the commit of the requests and the token's: the rows say it was handled. */
    @Test
    void anEventHandledAgainSendsNothingMore() throws Exception {
        sessions.put(ALICE, List.of(session("s-1", CORE)));
        SubscriberSuspended suspended = new SubscriberSuspended(ALICE, TENANT, "unpaid");
        EventMessage<?> message = message(suspended);

        policy.on(suspended, message);
        awaitOutcomes();
        policy.on(suspended, message);

        assertThat(core.codesWithin(A_MOMENT)).containsExactly(ControlPackets.DISCONNECT_REQUEST);
        assertThat(rows("SELECT outcome FROM session_control")).containsExactly("ACK");
    }

    @Test
    void aRevokedVoucherLosesItsSessionAndTheLogNamesTheVoucher() throws Exception {
        VoucherId voucher = VoucherId.random();
        voucherSessions.put(voucher, List.of(session("s-9", CORE)));
        VoucherRevoked revoked = new VoucherRevoked(voucher, VoucherBatchId.random(), TENANT, "stolen");

        policy.on(revoked, message(revoked));

        assertThat(core.next(Duration.ofSeconds(2))[0] & 0xff).isEqualTo(ControlPackets.DISCONNECT_REQUEST);
        awaitOutcomes();
        assertThat(rows("SELECT voucher_id, subscriber_id, session_id, kind, trigger, outcome FROM session_control"))
                .containsExactly(voucher + " null s-9 DISCONNECT VoucherRevoked ACK");
    }

    @Test
    void anExpiredVoucherWithoutASessionIsLoggedAsNoSession() throws Exception {
        VoucherId voucher = VoucherId.random();
        VoucherExpired expired = new VoucherExpired(voucher, VoucherBatchId.random(), TENANT);

        policy.on(expired, message(expired));

        assertThat(core.codesWithin(A_MOMENT)).isEmpty();
        assertThat(rows("SELECT voucher_id, kind, trigger, outcome FROM session_control"))
                .containsExactly(voucher + " DISCONNECT VoucherExpired NO_SESSION");
    }

    @Test
    void withoutAnOpenSessionNothingIsSentAndTheLogSaysSo() throws Exception {
        SubscriberSuspended suspended = new SubscriberSuspended(ALICE, TENANT, "unpaid");

        policy.on(suspended, message(suspended));

        assertThat(rows("SELECT session_id, router_id, outcome FROM session_control")).containsExactly("null null NO_SESSION");
        assertThat(registry.counter(ControlMetrics.NAME, "kind", "DISCONNECT", "outcome", "NO_SESSION").count()).isEqualTo(1);
        assertThat(core.codesWithin(A_MOMENT)).isEmpty();
    }

    @Test
    void aSessionOnNoKnownRouterIsLeftOutAndOneOnADecommissionedRouterIsSentNothing() throws Exception {
        sessions.put(ALICE, List.of(session("s-unknown", null), session("s-gone", GONE)));
        SubscriberSuspended suspended = new SubscriberSuspended(ALICE, TENANT, "unpaid");

        policy.on(suspended, message(suspended));

        awaitOutcomes();
        assertThat(rows("SELECT session_id, outcome FROM session_control")).containsExactly("s-gone NO_SESSION");
        assertThat(core.codesWithin(A_MOMENT)).isEmpty();
        assertThat(tower.codesWithin(Duration.ZERO)).isEmpty();
    }

    @Test
    void aChangeOfPackageSendsTheRateOfThePackagesNewestTerms() throws Exception {
        PackageId fibre = PackageId.random();
        PackageTerms first = new PackageTerms("Fibre", new RateLimit(50000, 10000), null, null, null, null, null, null);
        PackageTerms now = new PackageTerms("Fibre", new RateLimit(80000, 20000), 3600, null, null, null, null, null);
        events.publish(packageEvent(fibre, 0, new PackageCreated(fibre, TENANT, first)),
                packageEvent(fibre, 1, new PackageUpdated(fibre, TENANT, now)));
        sessions.put(ALICE, List.of(session("s-1", CORE)));
        SubscriberPackageChanged changed = new SubscriberPackageChanged(ALICE, TENANT, PackageId.random(), fibre);

        policy.on(changed, message(changed));

        byte[] coa = core.next(A_MOMENT);
        assertThat(coa[0] & 0xff).isEqualTo(ControlPackets.COA_REQUEST);
        assertThat(new String(coa, StandardCharsets.US_ASCII)).contains("20M/80M");
        awaitOutcomes();
        assertThat(rows("SELECT kind, rate_limit, session_timeout, outcome FROM session_control"))
                .containsExactly("COA 20M/80M 3600 ACK");
    }

    @Test
    void aPackagesNewRateReachesTheOpenSessionsOfEachOfItsMembers() throws Exception {
        PackageId fibre = PackageId.random();
        SubscriberId bob = SubscriberId.random();
        PackageTerms first = new PackageTerms("Fibre", new RateLimit(50000, 10000), null, null, null, null, null, null);
        PackageTerms faster = new PackageTerms("Fibre", new RateLimit(80000, 20000), null, null, null, null, null, null);
        PackageUpdated updated = new PackageUpdated(fibre, TENANT, faster);
        events.publish(packageEvent(fibre, 0, new PackageCreated(fibre, TENANT, first)), packageEvent(fibre, 1, updated));
        members.put(fibre, List.of(ALICE, bob));
        sessions.put(ALICE, List.of(session("s-alice", CORE)));
        sessions.put(bob, List.of(session("s-bob", TOWER)));

        policy.on(updated, 1, message(updated));

        assertThat(new String(core.next(A_MOMENT), StandardCharsets.US_ASCII)).contains("20M/80M");
        assertThat(new String(tower.next(A_MOMENT), StandardCharsets.US_ASCII)).contains("20M/80M");
        awaitOutcomes();
        assertThat(rows("SELECT session_id, kind, trigger, rate_limit, outcome FROM session_control ORDER BY session_id"))
                .containsExactly("s-alice COA PackageUpdated 20M/80M ACK", "s-bob COA PackageUpdated 20M/80M ACK");
    }

    @Test
    void aPackageUpdateThatKeepsItsRateAndTimeoutSendsNothing() throws Exception {
        PackageId fibre = PackageId.random();
        PackageTerms first = new PackageTerms("Fibre", new RateLimit(50000, 10000), 3600, null, null, null, null, null);
        PackageTerms renamed = new PackageTerms("Fibre Home", new RateLimit(50000, 10000), 3600, null, null, 30, null,
                new java.math.BigDecimal("25.00"));
        PackageUpdated updated = new PackageUpdated(fibre, TENANT, renamed);
        events.publish(packageEvent(fibre, 0, new PackageCreated(fibre, TENANT, first)), packageEvent(fibre, 1, updated));
        members.put(fibre, List.of(ALICE));
        sessions.put(ALICE, List.of(session("s-alice", CORE)));

        policy.on(updated, 1, message(updated));

        assertThat(core.codesWithin(A_MOMENT)).isEmpty();
        assertThat(rows("SELECT id FROM session_control")).isEmpty();
    }

    @Test
    void aSilentRouterIsAskedOnEveryAttemptThenTheOutcomeIsTimeout() throws Exception {
        core.silent();
        sessions.put(ALICE, List.of(session("s-1", CORE)));
        SubscriberSuspended suspended = new SubscriberSuspended(ALICE, TENANT, "unpaid");

        policy.on(suspended, message(suspended));

        awaitOutcomes();
        assertThat(rows("SELECT attempts, outcome FROM session_control")).containsExactly("2 TIMEOUT");
        assertThat(core.codesWithin(Duration.ZERO)).hasSize(2);
    }

    /** A process that stopped while sending: never sent twice, and what it never sent still goes out. */
    @Test
    void whatAStoppedProcessLeftIsFinishedWithoutSendingAnythingTwice() {
        sessions.put(ALICE, List.of(session("s-sent", CORE), session("s-unsent", TOWER)));
        sender.stop();
        SubscriberSuspended suspended = new SubscriberSuspended(ALICE, TENANT, "unpaid");
        policy.on(suspended, message(suspended));
        database.update("UPDATE session_control SET attempts = 1, last_attempt_at = now() - interval '1 hour' "
                + "WHERE session_id = 's-sent'");
        database.update("UPDATE session_control SET requested_at = now() - interval '1 hour'");

        List<Long> unsent = log.leftBehind(Duration.ofSeconds(5));

        assertThat(unsent).hasSize(1);
        assertThat(rows("SELECT session_id, outcome FROM session_control ORDER BY session_id"))
                .containsExactly("s-sent TIMEOUT", "s-unsent PENDING");
        assertThat(log.claim(unsent.get(0))).isPresent();
        assertThat(log.claim(unsent.get(0))).as("a row is sent by whoever claims it first, once").isEmpty();
    }

    private void awaitOutcomes() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!rows("SELECT id FROM session_control WHERE outcome = 'PENDING'").isEmpty()) {
            assertThat(System.nanoTime()).as("requests still pending").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private List<String> rows(String sql) {
        return database.query(sql, (rs, row) -> {
            List<String> values = new ArrayList<>();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                values.add(String.valueOf(rs.getObject(column)));
            }
            return String.join(" ", values);
        });
    }

    private static OpenSession session(String sessionId, RouterId router) {
        return new OpenSession(sessionId, "alice", router, address("10.100.0.2"), address("100.64.0.7"));
    }

    private static EventMessage<?> message(Object event) {
        return GenericEventMessage.asEventMessage(event);
    }

    private static GenericDomainEventMessage<?> packageEvent(PackageId id, long sequence, Object event) {
        return new GenericDomainEventMessage<>("ServicePackage", id.toString(), sequence, event);
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
