package io.ispflow.radius;

import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.ispflow.radius.RadiusEvents.BASIC;
import static io.ispflow.radius.RadiusEvents.TENANT;
import static io.ispflow.radius.RadiusEvents.alice;
import static io.ispflow.radius.TestVault.sealed;
import static org.assertj.core.api.Assertions.assertThat;

/** A voucher is a RADIUS user named by its code, from its issue to its expiry or revocation. */
public interface VoucherUserContract extends RadiusTablesFixture {

    VoucherBatchId BATCH = VoucherBatchId.of(UUID.fromString("ba000000-0000-4000-8000-000000000001"));
    Instant USABLE_UNTIL = Instant.parse("2026-12-31T23:00:00Z");

    static VoucherIssued voucher(String code, Instant usableUntil) {
        return new VoucherIssued(VoucherId.random(), BATCH, TENANT, BASIC, 1, sealed(BATCH.value(), VoucherCode.of(code)),
                Duration.ofHours(24), usableUntil);
    }

    @Test
    default void anIssuedVoucherLogsInWithItsCodeOnOneDeviceInItsPackagesGroupUntilItsBatchLapses() {
        apply(voucher("k7m2x9pq", USABLE_UNTIL));

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'k7m2x9pq'")).containsExactlyInAnyOrder(
                "Cleartext-Password := k7m2x9pq", "Simultaneous-Use := 1", "Expiration := 31 Dec 2026 23:00:00");
        assertThat(rows("SELECT groupname, priority FROM radusergroup WHERE username = 'k7m2x9pq'"))
                .containsExactly("pkg-" + BASIC + " 1");
        assertThat(rows("SELECT attribute FROM radreply WHERE username = 'k7m2x9pq'")).isEmpty();
    }

    @Test
    default void aVoucherOfABatchThatNeverLapsesHasNoExpirationUntilItsFirstLogin() {
        apply(voucher("k7m2x9pq", null));

        assertThat(rows("SELECT attribute FROM radcheck WHERE username = 'k7m2x9pq'"))
                .containsExactlyInAnyOrder("Cleartext-Password", "Simultaneous-Use");
    }

    @Test
    default void anActivatedVoucherExpiresAtTheEndOfItsValidityInsteadOfWhenItsBatchLapses() {
        VoucherIssued voucher = voucher("k7m2x9pq", USABLE_UNTIL);
        apply(voucher);
        apply(new VoucherActivated(voucher.voucherId(), BATCH, TENANT, Instant.parse("2026-10-01T08:30:00Z"),
                Instant.parse("2026-10-02T08:30:00Z")));

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'k7m2x9pq' AND attribute = 'Expiration'"))
                .containsExactly("Expiration := 02 Oct 2026 08:30:00");
    }

    @Test
    default void anExpiredVoucherIsRejectedWhateverItsExpirationSays() {
        VoucherIssued voucher = voucher("k7m2x9pq", null);
        apply(voucher);
        apply(new VoucherExpired(voucher.voucherId(), BATCH, TENANT));

        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'k7m2x9pq' AND attribute = 'Auth-Type'"))
                .containsExactly("Auth-Type := Reject");
    }

    @Test
    default void aRevokedVoucherIsRejectedAndOthersAreNot() {
        VoucherIssued revoked = voucher("k7m2x9pq", USABLE_UNTIL);
        apply(revoked, voucher("h3j4k5m6", USABLE_UNTIL), new VoucherRevoked(revoked.voucherId(), BATCH, TENANT, "stolen"));

        assertThat(rows("SELECT username, attribute, op, value FROM radcheck WHERE attribute = 'Auth-Type'"))
                .containsExactly("k7m2x9pq Auth-Type := Reject");
    }

    @Test
    default void vouchersAndSubscribersShareABatchWithoutTouchingEachOthersRows() {
        apply(alice(), voucher("k7m2x9pq", USABLE_UNTIL));

        assertThat(rows("SELECT DISTINCT username FROM radcheck")).containsExactlyInAnyOrder("alice", "k7m2x9pq");
        assertThat(rows("SELECT username FROM radius_user")).containsExactlyInAnyOrder("alice", "k7m2x9pq");
    }

    /** Ten thousand codes in the processor's batches of 200; how fast is the benchmark's part (8). */
    @Test
    default void aBatchOfTenThousandVouchersIsProjectedWhole() {
        List<Object> issued = new ArrayList<>();
        IntStream.range(0, 10_000).forEach(n -> issued.add(voucher("vq" + code(n), null)));
        for (int from = 0; from < issued.size(); from += 200) {
            apply(issued.subList(from, from + 200).toArray());
        }

        assertThat(rows("SELECT COUNT(*) FROM radcheck WHERE attribute = 'Cleartext-Password'")).containsExactly("10000");
        assertThat(rows("SELECT COUNT(*) FROM radusergroup")).containsExactly("10000");
    }

    /** Four characters of the voucher alphabet for each number below 31^4. */
    private static String code(int number) {
        StringBuilder code = new StringBuilder();
        for (int rest = number, i = 0; i < 4; i++, rest /= VoucherCode.ALPHABET.length()) {
            code.append(VoucherCode.ALPHABET.charAt(rest % VoucherCode.ALPHABET.length()));
        }
        return code.toString();
    }
}
