package io.ispflow.command.voucher;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.voucher.ActivateVoucher;
import io.ispflow.kernel.voucher.ExpireVoucher;
import io.ispflow.kernel.voucher.RevokeVoucher;
import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A voucher's life after its batch issued it: activation at the first login, revocation and expiry. */
class VoucherTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final TenantId OTHER_TENANT = TenantId.of(UUID.randomUUID());
    static final VoucherBatchId BATCH = VoucherBatchId.random();
    static final VoucherId VOUCHER = VoucherId.random();
    static final Duration DAY = Duration.ofDays(1);
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final Instant FIRST_LOGIN = NOW.minus(Duration.ofHours(3));
    static final Instant USABLE_UNTIL = NOW.plus(Duration.ofDays(30));

    AggregateTestFixture<Voucher> fixture;
    RecordingLives lives = new RecordingLives();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Voucher.class);
        fixture.registerInjectableResource(lives);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static VoucherIssued issued(Instant usableUntil) {
        return new VoucherIssued(VOUCHER, BATCH, TENANT, PackageId.random(), 1, SealedValue.legacy("\"abcdefghjk\""), DAY, usableUntil);
    }

    static VoucherActivated activated() {
        return new VoucherActivated(VOUCHER, BATCH, TENANT, FIRST_LOGIN, FIRST_LOGIN.plus(DAY));
    }

    @Nested
    class Activation {

        @Test
        void theFirstLoginStartsTheValidity() {
            fixture.given(issued(USABLE_UNTIL))
                   .when(new ActivateVoucher(VOUCHER, FIRST_LOGIN))
                   .expectEvents(new VoucherActivated(VOUCHER, BATCH, TENANT, FIRST_LOGIN, FIRST_LOGIN.plus(DAY)));
            assertThat(lives.activeUntil).isEqualTo(FIRST_LOGIN.plus(DAY));
        }

        @Test
        void aLaterLoginActivatesNothingMore() {
            fixture.given(issued(USABLE_UNTIL), activated())
                   .when(new ActivateVoucher(VOUCHER, NOW))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aLoginAfterTheVoucherLapsedUnusedActivatesNothing() {
            fixture.given(issued(NOW.minusSeconds(60)))
                   .when(new ActivateVoucher(VOUCHER, NOW))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRevokedVoucherIsNotActivated() {
            fixture.given(issued(USABLE_UNTIL), new VoucherRevoked(VOUCHER, BATCH, TENANT, "Lost"))
                   .when(new ActivateVoucher(VOUCHER, FIRST_LOGIN))
                   .expectNoEvents();
        }

        @Test
        void anExpiredVoucherIsNotActivated() {
            fixture.given(issued(USABLE_UNTIL), new VoucherExpired(VOUCHER, BATCH, TENANT))
                   .when(new ActivateVoucher(VOUCHER, FIRST_LOGIN))
                   .expectNoEvents();
        }
    }

    @Nested
    class Revocation {

        @Test
        void anUnusedVoucherIsRevoked() {
            fixture.given(issued(USABLE_UNTIL))
                   .when(new RevokeVoucher(VOUCHER, TENANT, "Lost at the counter"))
                   .expectEvents(new VoucherRevoked(VOUCHER, BATCH, TENANT, "Lost at the counter"));
            assertThat(lives.ended).isEqualTo(VOUCHER);
        }

        @Test
        void anActiveVoucherIsRevoked() {
            fixture.given(issued(USABLE_UNTIL), activated())
                   .when(new RevokeVoucher(VOUCHER, TENANT, "Shared online"))
                   .expectEvents(new VoucherRevoked(VOUCHER, BATCH, TENANT, "Shared online"));
        }

        @Test
        void revokingTwiceRecordsNothingMore() {
            fixture.given(issued(USABLE_UNTIL), new VoucherRevoked(VOUCHER, BATCH, TENANT, "Lost"))
                   .when(new RevokeVoucher(VOUCHER, TENANT, "Lost again"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anExpiredVoucherHasNothingLeftToRevoke() {
            fixture.given(issued(USABLE_UNTIL), activated(), new VoucherExpired(VOUCHER, BATCH, TENANT))
                   .when(new RevokeVoucher(VOUCHER, TENANT, "Late"))
                   .expectNoEvents();
        }

        @Test
        void anotherTenantsVoucherIsNotFound() {
            fixture.given(issued(USABLE_UNTIL))
                   .when(new RevokeVoucher(VOUCHER, OTHER_TENANT, "Theft"))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void aRevocationNeedsAReason() {
            fixture.given(issued(USABLE_UNTIL))
                   .when(new RevokeVoucher(VOUCHER, TENANT, " "))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Expiry {

        @Test
        void anActiveVoucherExpiresOnceItsValidityHasPassed() {
            fixture.given(issued(USABLE_UNTIL), new VoucherActivated(VOUCHER, BATCH, TENANT, NOW.minus(DAY), NOW))
                   .when(new ExpireVoucher(VOUCHER, TENANT))
                   .expectEvents(new VoucherExpired(VOUCHER, BATCH, TENANT));
            assertThat(lives.ended).isEqualTo(VOUCHER);
        }

        @Test
        void anActiveVoucherWithinItsValidityStays() {
            fixture.given(issued(USABLE_UNTIL), activated())
                   .when(new ExpireVoucher(VOUCHER, TENANT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anUnusedVoucherLapsesAtItsUsableUntil() {
            fixture.given(issued(NOW))
                   .when(new ExpireVoucher(VOUCHER, TENANT))
                   .expectEvents(new VoucherExpired(VOUCHER, BATCH, TENANT));
        }

        @Test
        void anUnusedVoucherWithoutUsableUntilNeverLapses() {
            fixture.given(issued(null))
                   .when(new ExpireVoucher(VOUCHER, TENANT))
                   .expectNoEvents();
        }

        @Test
        void aRevokedVoucherDoesNotExpire() {
            fixture.given(issued(NOW.minusSeconds(1)), new VoucherRevoked(VOUCHER, BATCH, TENANT, "Lost"))
                   .when(new ExpireVoucher(VOUCHER, TENANT))
                   .expectNoEvents();
        }

        @Test
        void anExpiredVoucherExpiresOnce() {
            fixture.given(issued(NOW.minusSeconds(1)), new VoucherExpired(VOUCHER, BATCH, TENANT))
                   .when(new ExpireVoucher(VOUCHER, TENANT))
                   .expectNoEvents();
        }
    }
}
