package io.ispflow.server.voucher;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voucher read model as a specification: given voucher events, the batch list, a batch, its vouchers and the
 * dashboard say what they must, over HTTP. Each test has an ISP of its own.
 */
@ApiTest
class VoucherReadModelTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final Duration DAY = Duration.ofDays(1);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext server;

    VoucherEvents events;
    VoucherIsp isp;
    Api owner;

    @BeforeEach
    void anIsp() {
        events = VoucherEvents.of(server);
        isp = VoucherIsp.create(port, "Hotspot", "Day pass");
        owner = isp.owner();
    }

    @Test
    void aBatchIssuedOverHttpIsReadAtTheIssuesPosition() {
        Api.Answer issued = owner.post("/api/v1/voucher-batches", Map.of("packageId", isp.packageId(), "count", 3,
                "validityHours", 2, "price", 0.5));

        JsonNode batch = owner.getCaughtUp("/api/v1/voucher-batches/" + issued.id(), issued.position()).body();
        JsonNode vouchers = owner.getCaughtUp("/api/v1/voucher-batches/" + issued.id() + "/vouchers", issued.position()).body();

        assertThat(List.of(batch.get("count").asInt(), batch.get("unused").asInt(), batch.get("validityHours").asInt()))
                .containsExactly(3, 3, 2);
        assertThat(batch.get("packageName").asString()).isEqualTo("Day pass");
        assertThat(texts(vouchers.get("items"), "status")).containsExactly("UNUSED", "UNUSED", "UNUSED");
        assertThat(texts(vouchers.get("items"), "code")).allMatch(code -> code.matches("[23456789a-z]{10}")).doesNotHaveDuplicates();
    }

    @Test
    void batchesAreListedNewestFirstWithTheirTermsAndPackage() {
        VoucherEvents.Batch older = events.issued(isp.tenant(), isp.packageId(), 2, DAY, new BigDecimal("1.50"), null);
        VoucherEvents.Batch newer = events.issued(isp.tenant(), isp.packageId(), 3, Duration.ofHours(5), null,
                NOW.plus(Duration.ofDays(30)));

        JsonNode list = owner.getCaughtUp("/api/v1/voucher-batches", events.head()).body();

        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(ids(list.get("items"))).containsExactly(newer.id().toString(), older.id().toString());
        JsonNode first = list.get("items").get(0);
        assertThat(first.get("packageId").asString()).isEqualTo(isp.packageId());
        assertThat(first.get("packageName").asString()).isEqualTo("Day pass");
        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("validityHours").asLong()).isEqualTo(5);
        assertThat(first.get("price").isNull()).isTrue();
        assertThat(Instant.parse(first.get("usableUntil").asString())).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(first.get("unused").asLong()).isEqualTo(3);
        assertThat(first.get("revokedAt").isNull()).isTrue();
        JsonNode second = owner.getCaughtUp("/api/v1/voucher-batches/" + older.id(), events.head()).body();
        assertThat(second.get("validityHours").asLong()).isEqualTo(24);
        assertThat(second.get("price").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(second.get("usableUntil").isNull()).isTrue();
    }

    @Test
    void aBatchCountsItsVouchersByStatusAndListsThemByNumber() {
        VoucherEvents.Batch batch = events.issued(isp.tenant(), isp.packageId(), 5, DAY, null, null);
        Instant firstLogin = NOW.minus(Duration.ofHours(2));
        events.activated(batch, 0, firstLogin);
        events.activated(batch, 1, NOW.minus(Duration.ofHours(1)));
        events.expired(batch, 1);
        long last = events.revoked(batch, 2);

        JsonNode counted = owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id(), last).body();
        assertThat(List.of(counted.get("unused").asLong(), counted.get("active").asLong(), counted.get("expired").asLong(),
                counted.get("revoked").asLong())).containsExactly(2L, 1L, 1L, 1L);

        JsonNode all = owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/vouchers", last).body();
        assertThat(all.get("total").asLong()).isEqualTo(5);
        assertThat(texts(all.get("items"), "code")).containsExactlyElementsOf(batch.codes());
        assertThat(texts(all.get("items"), "status")).containsExactly("ACTIVE", "EXPIRED", "REVOKED", "UNUSED", "UNUSED");
        JsonNode active = owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/vouchers?status=ACTIVE", last).body();
        assertThat(active.get("total").asLong()).isEqualTo(1);
        assertThat(Instant.parse(active.get("items").get(0).get("activatedAt").asString())).isEqualTo(firstLogin);
        assertThat(Instant.parse(active.get("items").get(0).get("expiresAt").asString())).isEqualTo(firstLogin.plus(DAY));
        JsonNode unusedPage = owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/vouchers?status=UNUSED&size=1&page=1",
                last).body();
        assertThat(unusedPage.get("total").asLong()).isEqualTo(2);
        assertThat(texts(unusedPage.get("items"), "code")).containsExactly(batch.codes().get(4));
    }

    /** Expiry shown on time: the sweeper's VoucherExpired may come minutes later. */
    @Test
    void anUnusedVoucherPastUsableUntilAndAnActiveOnePastItsValidityAreExpiredBeforeTheirEvent() {
        VoucherEvents.Batch lapsed = events.issued(isp.tenant(), isp.packageId(), 2, DAY, null, NOW.minus(Duration.ofHours(1)));
        VoucherEvents.Batch used = events.issued(isp.tenant(), isp.packageId(), 2, DAY, null, null);
        long last = events.activated(used, 0, NOW.minus(Duration.ofDays(2)));

        JsonNode lapsedBatch = owner.getCaughtUp("/api/v1/voucher-batches/" + lapsed.id(), last).body();
        assertThat(lapsedBatch.get("unused").asLong()).isZero();
        assertThat(lapsedBatch.get("expired").asLong()).isEqualTo(2);
        JsonNode usedVouchers = owner.getCaughtUp("/api/v1/voucher-batches/" + used.id() + "/vouchers?status=EXPIRED", last).body();
        assertThat(texts(usedVouchers.get("items"), "code")).containsExactly(used.codes().get(0));
        JsonNode usedBatch = owner.getCaughtUp("/api/v1/voucher-batches/" + used.id(), last).body();
        assertThat(List.of(usedBatch.get("unused").asLong(), usedBatch.get("active").asLong(), usedBatch.get("expired").asLong()))
                .containsExactly(1L, 0L, 1L);

        JsonNode dashboard = owner.getCaughtUp("/api/v1/dashboard", last).body();
        assertThat(dashboard.get("vouchers").toString()).isEqualTo("{\"unused\":1,\"active\":0,\"expired\":3,\"revoked\":0}");
    }

    @Test
    void aRevokedBatchShowsWhenAndItsVouchersRevoked() {
        VoucherEvents.Batch batch = events.issued(isp.tenant(), isp.packageId(), 3, DAY, null, null);
        events.activated(batch, 0, NOW.minus(Duration.ofMinutes(5)));
        events.expired(batch, 0);
        long last = events.batchRevoked(batch, List.of(1, 2));

        JsonNode revoked = owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id(), last).body();

        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        assertThat(List.of(revoked.get("unused").asLong(), revoked.get("expired").asLong(), revoked.get("revoked").asLong()))
                .containsExactly(0L, 1L, 2L);
        assertThat(owner.getCaughtUp("/api/v1/dashboard", last).body().get("vouchers").get("revoked").asLong()).isEqualTo(2);
    }

    @Test
    void anEventHandledAgainLeavesOneRowAndTheCountsAsTheyWere() {
        VoucherEvents.Batch batch = events.issued(isp.tenant(), isp.packageId(), 2, DAY, null, null);
        long last = events.issuedAgain(batch, 1, isp.tenant(), isp.packageId());

        JsonNode vouchers = owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/vouchers", last).body();

        assertThat(texts(vouchers.get("items"), "code")).containsExactlyElementsOf(batch.codes());
        assertThat(owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id(), last).body().get("unused").asLong()).isEqualTo(2);
    }

    @Test
    void anotherIspsBatchIsNotFoundAnywhere() {
        VoucherEvents.Batch theirs = events.issued(isp.tenant(), isp.packageId(), 1, DAY, null, null);
        Api other = VoucherIsp.create(port, "Other", "Other pass").owner();
        long last = events.head();

        for (String path : List.of("", "/vouchers", "/cards")) {
            Api.Answer answer = other.getCaughtUp("/api/v1/voucher-batches/" + theirs.id() + path, last);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("NOT_FOUND");
        }
        Api.Answer csv = other.exchange("/api/v1/voucher-batches/" + theirs.id() + "/vouchers",
                request -> request.header("Accept", "text/csv").header("X-Min-Position", Long.toString(last)).GET());
        assertThat(csv.status()).isEqualTo(404);
        assertThat(csv.text()).doesNotContain(theirs.codes().get(0));
        assertThat(other.getCaughtUp("/api/v1/voucher-batches", last).body().get("total").asLong()).isZero();
    }

    @Test
    void aReadWaitsForXMinPositionAndRefusesOneNoWriteHas() {
        VoucherEvents.Batch batch = events.issued(isp.tenant(), isp.packageId(), 1, DAY, null, null);

        assertThat(owner.getCaughtUp("/api/v1/voucher-batches/" + batch.id(), events.head()).status()).isEqualTo(200);
        Api.Answer beyond = owner.get("/api/v1/voucher-batches", events.head() + 1_000_000);
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.code()).isEqualTo("POSITION_BEYOND_HEAD");
    }

    static List<String> ids(JsonNode items) {
        return texts(items, "id");
    }

    static List<String> texts(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get(field).asString()).toList();
    }
}
