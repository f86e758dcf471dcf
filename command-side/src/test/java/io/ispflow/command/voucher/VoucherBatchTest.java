package io.ispflow.command.voucher;

import io.ispflow.command.pkg.ActivePackage;
import io.ispflow.command.pkg.PackageCatalog;
import io.ispflow.command.subscriber.InMemoryUsernameRegistry;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageNotFoundException;
import io.ispflow.kernel.privacy.InMemorySubjectKeys;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.voucher.IssueVoucherBatch;
import io.ispflow.kernel.voucher.RevokeVoucherBatch;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherBatchIssued;
import io.ispflow.kernel.voucher.VoucherBatchRevoked;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's rules: what issuing takes from the command and the package, and what revoking the batch records. */
class VoucherBatchTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final TenantId OTHER_TENANT = TenantId.of(UUID.randomUUID());
    static final VoucherBatchId BATCH = VoucherBatchId.random();
    static final PackageId DAY_PASS = PackageId.random();
    static final PackageId OPEN_ENDED = PackageId.random();
    static final BigDecimal DAY_PASS_PRICE = new BigDecimal("2.50");
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final Instant NEXT_MONTH = NOW.plus(Duration.ofDays(30));

    AggregateTestFixture<VoucherBatch> fixture;
    InMemoryUsernameRegistry usernames = new InMemoryUsernameRegistry();
    RecordingLives lives = new RecordingLives();
    PersonalDataVault vault = new PersonalDataVault(new InMemorySubjectKeys());
    RecordingRevocation revocation = new RecordingRevocation();
    EventStore voucherEvents = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(VoucherBatch.class);
        // the fixture records its own aggregate's events only, so the vouchers' streams have a store of their own
        fixture.registerInjectableResource(new VoucherStreams(voucherEvents));
        fixture.registerInjectableResource(new Catalog());
        fixture.registerInjectableResource(new VoucherCodes(usernames));
        fixture.registerInjectableResource(lives);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(revocation);
    }

    /** DAY_PASS lasts a day for 2.50; OPEN_ENDED has neither a validity nor a price. */
    static class Catalog implements PackageCatalog {

        @Override
        public ActivePackage requireActive(TenantId tenantId, PackageId packageId) {
            if (!tenantId.equals(TENANT) || !(packageId.equals(DAY_PASS) || packageId.equals(OPEN_ENDED))) {
                throw new PackageNotFoundException(packageId);
            }
            return packageId.equals(DAY_PASS) ? new ActivePackage(DAY_PASS, 1, DAY_PASS_PRICE) : new ActivePackage(OPEN_ENDED, null, null);
        }

        @Override
        public Integer validityDays(TenantId tenantId, PackageId packageId) {
            return requireActive(tenantId, packageId).validityDays();
        }
    }

    static class RecordingRevocation implements BatchRevocation {

        String reason;

        @Override
        public void revokeUsable(VoucherBatchId batchId, TenantId tenantId, String reason) {
            this.reason = reason;
        }
    }

    static IssueVoucherBatch issue(PackageId pkg, int count, Integer validityHours, BigDecimal price, Instant usableUntil) {
        return new IssueVoucherBatch(BATCH, TENANT, pkg, count, "cafe", 6, validityHours, price, usableUntil);
    }

    static VoucherBatchIssued batchIssued() {
        return new VoucherBatchIssued(BATCH, TENANT, DAY_PASS, 3, "cafe", 6, Duration.ofDays(1), DAY_PASS_PRICE, null);
    }

    @Nested
    class Issuing {

        @Test
        void eachVoucherIsIssuedWithItsOwnClaimedCodeSealedWithTheBatchsKey() {
            fixture.givenNoPriorActivity()
                   .when(issue(DAY_PASS, 3, null, null, NEXT_MONTH))
                   .expectEvents(new VoucherBatchIssued(BATCH, TENANT, DAY_PASS, 3, "cafe", 6, Duration.ofDays(1), DAY_PASS_PRICE,
                           NEXT_MONTH));

            List<VoucherIssued> vouchers = lives.issued.stream().map(VoucherBatchTest.this::issuedOf).toList();
            assertThat(vouchers).extracting(VoucherIssued::number).containsExactly(1, 2, 3);
            assertThat(vouchers).allSatisfy(voucher -> {
                assertThat(voucher.validity()).isEqualTo(Duration.ofDays(1));
                assertThat(voucher.usableUntil()).isEqualTo(NEXT_MONTH);
                assertThat(voucher.code().text()).startsWith("aesgcm1:").doesNotContain("cafe");
                VoucherCode code = vault.open(BATCH.value(), voucher.code(), VoucherCode.class).orElseThrow();
                assertThat(code.value()).matches("cafe[" + VoucherCode.ALPHABET + "]{6}");
                assertThat(usernames.claimed).containsEntry(code.asUsername(), voucher.voucherId());
            });
            assertThat(lives.issuedUntil).isEqualTo(NEXT_MONTH);
        }

        @Test
        void theBatchsHoursAndPriceComeBeforeThePackages() {
            fixture.givenNoPriorActivity()
                   .when(issue(DAY_PASS, 1, 3, BigDecimal.ONE, null))
                   .expectEvents(new VoucherBatchIssued(BATCH, TENANT, DAY_PASS, 1, "cafe", 6, Duration.ofHours(3), BigDecimal.ONE, null));
            assertThat(issuedOf(lives.issued.get(0)).validity()).isEqualTo(Duration.ofHours(3));
        }

        @Test
        void aPackageWithoutValidityNeedsTheBatchsHours() {
            fixture.givenNoPriorActivity()
                   .when(issue(OPEN_ENDED, 5, null, null, null))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
            assertThat(usernames.claimed).isEmpty();
        }

        @Test
        void aPackageWithoutPriceGivesVouchersWithoutOne() {
            fixture.givenNoPriorActivity()
                   .when(issue(OPEN_ENDED, 1, 24, null, null))
                   .expectEvents(new VoucherBatchIssued(BATCH, TENANT, OPEN_ENDED, 1, "cafe", 6, Duration.ofHours(24), null, null));
        }

        @Test
        void anotherTenantsPackageIsNotFound() {
            fixture.givenNoPriorActivity()
                   .when(new IssueVoucherBatch(BATCH, OTHER_TENANT, DAY_PASS, 1, null, null, null, null, null))
                   .expectException(PackageNotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void unusedCodesCannotLapseBeforeTheyAreIssued() {
            fixture.givenNoPriorActivity()
                   .when(issue(DAY_PASS, 1, null, null, NOW))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void unusedCodesLapseWithinWhatTheDatabasesHold() {
            fixture.givenNoPriorActivity()
                   .when(issue(DAY_PASS, 1, null, null, Instant.parse("+300000-01-01T00:00:00Z")))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void aCodeSomeoneHasIsDrawnAgain() {
            InMemoryUsernameRegistry crowded = new InMemoryUsernameRegistry() {
                private boolean first = true;

                @Override
                public Set<VoucherId> claimCodes(Map<VoucherId, Username> codes) {
                    if (first) {
                        first = false;
                        return codes.keySet();
                    }
                    return super.claimCodes(codes);
                }
            };
            Map<VoucherId, VoucherCode> codes = new VoucherCodes(crowded).claim(List.of(VoucherId.random(), VoucherId.random()), "", 10);

            assertThat(codes).hasSize(2);
            assertThat(crowded.claimed).hasSize(2);
        }
    }

    @Nested
    class Revoking {

        @Test
        void revokingTheBatchRevokesItsUsableVouchers() {
            fixture.given(batchIssued())
                   .when(new RevokeVoucherBatch(BATCH, TENANT, "Printed twice"))
                   .expectEvents(new VoucherBatchRevoked(BATCH, TENANT, "Printed twice"));
            assertThat(revocation.reason).isEqualTo("Printed twice");
        }

        @Test
        void revokingTwiceRecordsNothingMore() {
            fixture.given(batchIssued(), new VoucherBatchRevoked(BATCH, TENANT, "Printed twice"))
                   .when(new RevokeVoucherBatch(BATCH, TENANT, "Again"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
            assertThat(revocation.reason).isNull();
        }

        @Test
        void anotherTenantsBatchIsNotFound() {
            fixture.given(batchIssued())
                   .when(new RevokeVoucherBatch(BATCH, OTHER_TENANT, "Theft"))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void aRevocationNeedsAReason() {
            fixture.given(batchIssued())
                   .when(new RevokeVoucherBatch(BATCH, TENANT, ""))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }
    }

    private VoucherIssued issuedOf(VoucherId voucher) {
        return (VoucherIssued) voucherEvents.readEvents(voucher.toString()).next().getPayload();
    }
}
