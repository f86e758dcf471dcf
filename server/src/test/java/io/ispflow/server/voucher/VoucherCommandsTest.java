package io.ispflow.server.voucher;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import io.ispflow.server.OtherTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issuing and revoking vouchers over HTTP, as the admin app does. */
@ApiTest
class VoucherCommandsTest {

    static {
        ApiTest.Databases.prepare();
    }

    /** The ids of a batch's vouchers as the event store names their streams; the batch's id is its parameter. */
    private static final String VOUCHERS_OF_BATCH = "SELECT voucher_id::text FROM voucher_life WHERE batch_id = ?";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    Api api;
    String pkg;

    @BeforeEach
    void aPackageWithAValidity() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        pkg = api.post("/api/v1/packages", Map.of("name", "Day pass " + System.nanoTime(), "downloadKbps", 2000,
                "uploadKbps", 1000, "validityDays", 1, "price", new BigDecimal("2.50"))).id();
    }

    @Test
    void tenThousandVouchersAreIssuedInOneBatchEachWithACodeOfItsOwnAndRevokedInOne() {
        Api.Answer issued = api.post("/api/v1/voucher-batches", Map.of("packageId", pkg, "count", 10_000));

        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        UUID batch = UUID.fromString(issued.id());
        assertThat(appDatabase.queryForObject("SELECT count(DISTINCT c.username) FROM voucher_life l "
                + "JOIN username_claim c ON c.voucher_id = l.voucher_id WHERE l.batch_id = ?", Long.class, batch)).isEqualTo(10_000);
        assertThat(issued.position()).as("the batch's position covers its vouchers")
                .isGreaterThanOrEqualTo(appDatabase.queryForObject("SELECT max(global_index) FROM domain_event_entry "
                        + "WHERE aggregate_identifier IN (" + VOUCHERS_OF_BATCH + ")", Long.class, batch));

        Api.Answer revoked = api.post("/api/v1/voucher-batches/" + batch + "/revoke", Map.of("reason", "Stolen box"));

        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertThat(eventsOfVouchers(batch.toString(), "VoucherRevoked")).isEqualTo(10_000);
    }

    @Test
    void aVoucherCodeIsNoSubscribersToTake() {
        String code = codesOf(issue(1, Map.of())).get(0);

        Api.Answer signUp = api.post("/api/v1/subscribers", Map.of("username", code, "password", "secret-123",
                "type", "HOTSPOT", "packageId", pkg));

        assertThat(signUp.status()).isEqualTo(409);
        assertThat(signUp.code()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void aBatchTakesItsPrefixAndLengthAndThePackagesTerms() {
        String batch = issue(3, Map.of("prefix", "Cafe", "codeLength", 6));

        assertThat(codesOf(batch)).hasSize(3).allMatch(code -> code.matches("cafe[" + "23456789abcdefghjkmnpqrstuvwxyz" + "]{6}"));
        assertThat(payloadOf(batch, "VoucherBatchIssued")).contains("\"validity\":\"PT24H\"").contains("\"price\":2.50");
    }

    @Test
    void revokingAVoucherTwiceRecordsItOnce() {
        String code = codesOf(issue(2, Map.of())).get(0);

        Api.Answer first = api.post("/api/v1/vouchers/" + code + "/revoke", Map.of("reason", "Lost at the counter"));
        Api.Answer second = api.post("/api/v1/vouchers/" + code.toUpperCase() + "/revoke", Map.of("reason", "Again"));

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.position()).isEqualTo(first.position());
        assertThat(eventsOf(UUID.fromString(first.id()))).containsExactly("VoucherIssued", "VoucherRevoked");
    }

    @Test
    void revokingABatchRevokesEachVoucherStillUsable() {
        String batch = issue(3, Map.of());
        String revokedAlone = codesOf(batch).get(0);
        api.post("/api/v1/vouchers/" + revokedAlone + "/revoke", Map.of("reason", "Lost"));

        Api.Answer revoked = api.post("/api/v1/voucher-batches/" + batch + "/revoke", Map.of("reason", "Printed twice"));
        Api.Answer again = api.post("/api/v1/voucher-batches/" + batch + "/revoke", Map.of("reason", "Printed twice"));

        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(revoked.position());
        assertThat(eventsOf(UUID.fromString(batch))).containsExactly("VoucherBatchIssued", "VoucherBatchRevoked");
        assertThat(eventsOfVouchers(batch, "VoucherRevoked")).isEqualTo(3);
        assertThat(appDatabase.queryForObject("SELECT count(*) FROM voucher_life WHERE batch_id = ? AND usable", Long.class,
                UUID.fromString(batch))).isZero();
    }

    /** The sweeper runs every second here; sweeps after the first find nothing due, so each voucher expires once. */
    @Test
    void unusedVouchersLapseAtUsableUntilOnce() throws InterruptedException {
        String batch = issue(2, Map.of("usableUntil", Instant.now().plusSeconds(2).toString()));

        Eventually.value(() -> eventsOfVouchers(batch, "VoucherExpired"), expired -> expired == 2, Duration.ofSeconds(20));
        Thread.sleep(2_000);

        assertThat(eventsOfVouchers(batch, "VoucherExpired")).isEqualTo(2);
        assertThat(appDatabase.queryForObject("SELECT count(*) FROM voucher_life WHERE batch_id = ? AND usable", Long.class,
                UUID.fromString(batch))).isZero();
    }

    @Test
    void anotherTenantsVouchersAreNotFound() {
        String batch = issue(1, Map.of());
        String code = codesOf(batch).get(0);
        Api other = OtherTenant.signIn(port, appDatabase, passwords);

        assertThat(other.post("/api/v1/vouchers/" + code + "/revoke", Map.of("reason", "Theft")).code()).isEqualTo("NOT_FOUND");
        assertThat(other.post("/api/v1/voucher-batches/" + batch + "/revoke", Map.of("reason", "Theft")).code()).isEqualTo("NOT_FOUND");
        assertThat(other.post("/api/v1/voucher-batches", Map.of("packageId", pkg, "count", 1)).code()).isEqualTo("PACKAGE_NOT_FOUND");
        assertThat(eventsOf(UUID.fromString(batch))).containsExactly("VoucherBatchIssued");
    }

    @Test
    void aVouchersOrAPackagesIdIsNoBatch() {
        String code = codesOf(issue(1, Map.of())).get(0);
        String voucher = api.post("/api/v1/vouchers/" + code + "/revoke", Map.of("reason", "Lost")).id();

        assertThat(api.post("/api/v1/voucher-batches/" + voucher + "/revoke", Map.of("reason", "x")).code()).isEqualTo("NOT_FOUND");
        assertThat(api.post("/api/v1/voucher-batches/" + pkg + "/revoke", Map.of("reason", "x")).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aGuessedCodeIsNotFound() {
        assertThat(api.post("/api/v1/vouchers/abcdefghjk/revoke", Map.of("reason", "Guess")).code()).isEqualTo("NOT_FOUND");
        assertThat(api.post("/api/v1/vouchers/not-a-code/revoke", Map.of("reason", "Guess")).code()).isEqualTo("NOT_FOUND");
    }

    private String issue(int count, Map<String, Object> terms) {
        Map<String, Object> body = new HashMap<>(terms);
        body.put("packageId", pkg);
        body.put("count", count);
        Api.Answer issued = api.post("/api/v1/voucher-batches", body);
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        return issued.id();
    }

    /** The codes, from their claims: the API that shows them is the read side's. */
    private List<String> codesOf(String batch) {
        return appDatabase.queryForList("SELECT c.username FROM voucher_life l JOIN username_claim c ON c.voucher_id = l.voucher_id "
                + "WHERE l.batch_id = ? ORDER BY c.username", String.class, UUID.fromString(batch));
    }

    private long eventsOfVouchers(String batch, String type) {
        return appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ? "
                + "AND aggregate_identifier IN (" + VOUCHERS_OF_BATCH + ")", Long.class, "io.ispflow.kernel.voucher." + type,
                UUID.fromString(batch));
    }

    private List<String> eventsOf(UUID aggregate) {
        return appDatabase.queryForList("SELECT substring(payload_type from '[A-Za-z]+$') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, aggregate.toString());
    }

    private String payloadOf(String batch, String type) {
        return appDatabase.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", String.class, batch, "io.ispflow.kernel.voucher." + type);
    }
}
