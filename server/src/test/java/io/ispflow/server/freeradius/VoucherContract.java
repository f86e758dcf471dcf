package io.ispflow.server.freeradius;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.ActivateVoucher;
import io.ispflow.kernel.voucher.ExpireVoucher;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.Eventually;
import io.ispflow.sessions.OpenSession;
import io.ispflow.sessions.VoucherSessions;
import io.ispflow.sessions.voucher.VoucherActivation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCESS_ACCEPT;
import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCESS_REJECT;
import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCOUNTING_RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vouchers end to end: a batch issued over HTTP, its codes logging in through FreeRADIUS as a router would, the
 * first accepted login activating the voucher, and its end (expiry, revocation) rejecting it and disconnecting its
 * session. Run on each RADIUS database dialect.
 */
interface VoucherContract extends SessionControlContract {

    DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("dd MMM uuuu HH:mm:ss", Locale.ENGLISH);

    VoucherActivation voucherActivation();

    VoucherSessions voucherSessions();

    CommandGateway commands();

    JdbcTemplate appDatabase();

    RadiusDatabase radiusDatabase();

    /** A voucher's code and id. */
    record Voucher(String code, VoucherId id) {
    }

    @Test
    default void aCodeFromANewBatchLogsInWithItsPackagesRateAndItsFirstLoginStartsItsValidity() {
        Voucher voucher = issue(Map.of("packageId", home20(), "count", 2, "validityHours", 1)).get(0);
        RouterRadiusClient router = router("vr-1");
        Instant before = Instant.now().minusSeconds(1);

        RadiusAnswer answer = router.authenticate(voucher.code(), voucher.code());
        Instant after = Instant.now().plusSeconds(1);

        assertThat(answer.kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(answer.attributes()).containsEntry("Mikrotik-Rate-Limit", "5M/20M");
        Instant expiration = Eventually.value(() -> {
            voucherActivation().catchUp();
            return expiration(voucher);
        }, at -> at != null && at.isAfter(before.plus(Duration.ofHours(1)).minusSeconds(1)), Duration.ofSeconds(10));
        assertThat(expiration).isBetween(before.plus(Duration.ofHours(1)).minusSeconds(1), after.plus(Duration.ofHours(1)));
        assertThat(Eventually.value(() -> appDatabase().queryForObject(
                "SELECT activated FROM session_voucher WHERE voucher_id = ?", Boolean.class, voucher.id().value()),
                Boolean.TRUE::equals, Duration.ofSeconds(10))).as("VoucherActivated recorded").isTrue();
    }

    @Test
    default void aVoucherPastTheEndOfItsValidityIsRejectedAndItsExpiryDisconnectsItsSession() throws Exception {
        Voucher voucher = issue(Map.of("packageId", home20(), "count", 1, "validityHours", 1)).get(0);
        // its first login an hour ago, less a few seconds: valid just long enough to log in once more
        Instant firstLogin = Instant.now().minus(Duration.ofHours(1)).plusSeconds(3);
        commands().sendAndWait(new ActivateVoucher(voucher.id(), firstLogin));
        try (Online online = onlineWith(voucher, "vr-2", "100.64.3.10")) {
            Eventually.value(() -> Instant.now().isAfter(firstLogin.plus(Duration.ofHours(1))), Boolean::booleanValue,
                    Duration.ofSeconds(10));

            assertThat(routerOf(online).authenticate(voucher.code(), voucher.code()).kind())
                    .as("rejected by its Expiration").isEqualTo(ACCESS_REJECT);

            commands().sendAndWait(new ExpireVoucher(voucher.id(), tenantOf(voucher)));

            RouterCoaListener.Received request = online.coaPort().next(Duration.ofSeconds(2));
            assertThat(request).as("a Disconnect-Request for the expired voucher's session").isNotNull();
            assertThat(request.isDisconnect()).isTrue();
            assertThat(request.attributes()).containsEntry("User-Name", voucher.code())
                    .containsEntry("Acct-Session-Id", online.sessionId());
            assertThat(controlLog(voucher)).containsExactly("DISCONNECT VoucherExpired ACK");
        }
    }

    @Test
    default void aSecondDeviceIsRejectedWhileTheFirstIsOnline() {
        Voucher voucher = issue(Map.of("packageId", home20(), "count", 1, "validityHours", 24)).get(0);
        RouterRadiusClient router = router("vr-3");
        assertThat(router.authenticate(voucher.code(), voucher.code()).kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(router.startSession(voucher.code(), "vr3-session-1").kind()).isEqualTo(ACCOUNTING_RESPONSE);

        RadiusAnswer second = router.authenticate(voucher.code(), voucher.code());

        assertThat(second.kind()).isEqualTo(ACCESS_REJECT);
        assertThat(second.attributes()).containsEntry("Reply-Message", "You are already logged in - access denied");
    }

    @Test
    default void aRevokedCodeIsRejectedAndItsOpenSessionDisconnected() throws Exception {
        Voucher voucher = issue(Map.of("packageId", home20(), "count", 1, "validityHours", 24)).get(0);
        try (Online online = onlineWith(voucher, "vr-4", "100.64.3.11")) {
            JsonNode listed = Eventually.value(() -> admin().get("/api/v1/sessions?q=" + voucher.code()).body().get("items"),
                    items -> items.size() == 1, Duration.ofSeconds(10)).get(0);
            assertThat(listed.get("username").asString()).as("listed in the tenant's sessions").isEqualTo(voucher.code());
            assertThat(listed.get("subscriberId").isNull()).isTrue();

            operator().command("/api/v1/vouchers/" + voucher.code() + "/revoke", Map.of("reason", "stolen"));

            RouterCoaListener.Received request = online.coaPort().next(Duration.ofSeconds(1));
            assertThat(request).as("a Disconnect-Request within a second").isNotNull();
            assertThat(request.isDisconnect()).isTrue();
            assertThat(request.signed()).isTrue();
            assertThat(request.attributes()).containsEntry("User-Name", voucher.code())
                    .containsEntry("Acct-Session-Id", online.sessionId())
                    .containsEntry("Framed-IP-Address", "100.64.3.11");
            assertThat(routerOf(online).authenticate(voucher.code(), voucher.code()).kind()).isEqualTo(ACCESS_REJECT);
            assertThat(controlLog(voucher)).containsExactly("DISCONNECT VoucherRevoked ACK");
        }
    }

    @Test
    default void anUnusedCodePastItsBatchsUsableUntilIsRejected() {
        Instant usableUntil = Instant.now().plusSeconds(3);
        Voucher voucher = issue(Map.of("packageId", home20(), "count", 1, "validityHours", 24,
                "usableUntil", usableUntil.toString())).get(0);
        RouterRadiusClient router = router("vr-5");
        Eventually.value(Instant::now, now -> now.isAfter(usableUntil.plusSeconds(1)), Duration.ofSeconds(10));

        assertThat(router.authenticate(voucher.code(), voucher.code()).kind()).isEqualTo(ACCESS_REJECT);
    }

    /** Issues a batch over HTTP and answers its vouchers, their codes read from the RADIUS users it was projected to. */
    private List<Voucher> issue(Map<String, Object> batch) {
        String batchId = operator().command("/api/v1/voucher-batches", batch).id();
        List<UUID> ids = appDatabase().queryForList("SELECT voucher_id FROM voucher_life WHERE batch_id = ?", UUID.class,
                UUID.fromString(batchId));
        return ids.stream().map(id -> new Voucher(radiusDatabase().jdbcTemplate().queryForObject(
                "SELECT username FROM radius_user WHERE subscriber_id = ?", String.class, id.toString()), VoucherId.of(id))).toList();
    }

    /** A router with its CoA port open, and the voucher logged in on it, its session started and read. */
    private Online onlineWith(Voucher voucher, String routerName, String framedIp) {
        Operator.Router router = operator().registerRouter(routerName);
        RouterCoaListener coaPort = RouterCoaListener.on(router.tunnelAddress(), COA_PORT, router.secret());
        try {
            RouterRadiusClient client = freeRadius().router(router.tunnelAddress(), router.secret());
            assertThat(Eventually.value(() -> client.authenticate(voucher.code(), voucher.code()).kind(), ACCESS_ACCEPT::equals,
                    PrivateFreeRadius.CLIENT_LIFETIME.multipliedBy(3))).isEqualTo(ACCESS_ACCEPT);
            String sessionId = UUID.randomUUID().toString().substring(0, 8);
            assertThat(client.start(new RouterRadiusClient.SessionReport(voucher.code(), sessionId, framedIp,
                    "02:00:00:00:00:02", 0, 0, 0, Instant.now())).kind()).isEqualTo(ACCOUNTING_RESPONSE);
            Eventually.value(() -> {
                catchUpAccounting();
                return voucherSessions().of(voucher.id());
            }, sessions -> sessions.stream().map(OpenSession::sessionId).anyMatch(sessionId::equals), Duration.ofSeconds(10));
            return new Online(router, coaPort, null, voucher.code(), sessionId);
        } catch (RuntimeException | Error e) {
            coaPort.close();
            throw e;
        }
    }

    private RouterRadiusClient router(String name) {
        Operator.Router router = operator().registerRouter(name);
        return freeRadius().router(router.tunnelAddress(), router.secret());
    }

    private RouterRadiusClient routerOf(Online online) {
        return freeRadius().router(online.router().tunnelAddress(), online.router().secret());
    }

    /** The voucher's radcheck Expiration, read as rlm_expiration reads it in a radiusd running in UTC. */
    private Instant expiration(Voucher voucher) {
        List<String> values = radiusDatabase().jdbcTemplate().queryForList(
                "SELECT value FROM radcheck WHERE username = ? AND attribute = 'Expiration'", String.class, voucher.code());
        return values.isEmpty() ? null : LocalDateTime.parse(values.get(0), EXPIRATION).toInstant(ZoneOffset.UTC);
    }

    private TenantId tenantOf(Voucher voucher) {
        return TenantId.of(appDatabase().queryForObject("SELECT tenant_id FROM voucher_life WHERE voucher_id = ?",
                UUID.class, voucher.id().value()));
    }

    private List<String> controlLog(Voucher voucher) {
        return Eventually.value(() -> appDatabase().queryForList(
                "SELECT kind || ' ' || trigger || ' ' || outcome FROM session_control WHERE voucher_id = ? ORDER BY id",
                String.class, voucher.id().value()), rows -> rows.stream().noneMatch(row -> row.endsWith("PENDING")),
                Duration.ofSeconds(5));
    }
}
