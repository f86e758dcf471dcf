package io.ispflow.command.subscriber;

import io.ispflow.command.pkg.ActivePackage;
import io.ispflow.command.pkg.PackageCatalog;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageNotFoundException;
import io.ispflow.kernel.pkg.PackageRetiredException;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.quota.QuotaRestoredBy;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.RecordQuotaExhaustion;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
import io.ispflow.kernel.quota.SubscriberQuotaTopUpAdded;
import io.ispflow.kernel.quota.TopUpQuota;
import io.ispflow.kernel.subscriber.AssignStaticIp;
import io.ispflow.kernel.subscriber.ChangePackage;
import io.ispflow.kernel.subscriber.ChangePassword;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.ExpireSubscription;
import io.ispflow.kernel.subscriber.NoticeSubscriptionExpiry;
import io.ispflow.kernel.subscriber.SubscriptionExpiryNoticed;
import io.ispflow.kernel.subscriber.ForgetSubscriber;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.ReactivateSubscriber;
import io.ispflow.kernel.subscriber.ReleaseStaticIp;
import io.ispflow.kernel.subscriber.RenewSubscription;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.StaticIpTakenException;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberForgotten;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriberTerminatedException;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.kernel.subscriber.SuspendSubscriber;
import io.ispflow.kernel.subscriber.DisconnectSubscriber;
import io.ispflow.kernel.subscriber.SubscriberDisconnectRequested;
import io.ispflow.kernel.subscriber.TerminateSubscriber;
import io.ispflow.kernel.subscriber.UpdateContact;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;
import io.ispflow.kernel.privacy.InMemorySubjectKeys;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.ispflow.command.SealedEvents.clear;
import static io.ispflow.command.SealedEvents.sealedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The subscriber's rules, as given events, a command, and the events or the refusal it gives. */
class SubscriberTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final TenantId OTHER_TENANT = TenantId.of(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final PackageId MONTHLY = PackageId.random();
    static final PackageId PREMIUM = PackageId.random();
    static final PackageId UNLIMITED = PackageId.random();
    static final PackageId RETIRED = PackageId.random();
    static final PackageId CENTURY = PackageId.random();
    static final SubscriberId ALICE = SubscriberId.random();
    static final Username ALICE_NAME = new Username("alice");
    static final RadiusPassword ALICE_PASSWORD = new RadiusPassword("s3cret-pass");
    static final Contact ALICE_CONTACT = new Contact("Alice Mwangi", "+254 700 000001", "alice@example.net", null);
    static final Ipv4Address ALICE_IP = Ipv4Address.parse("203.0.113.7");
    static final Ipv4Address OTHER_IP = Ipv4Address.parse("203.0.113.8");
    static final Instant MONTH_FROM_NOW = Instant.parse("2026-12-23T10:00:00Z");

    AggregateTestFixture<Subscriber> fixture;
    InMemoryUsernameRegistry usernames = new InMemoryUsernameRegistry();
    Map<Ipv4Address, SubscriberId> claimedIps = new HashMap<>();
    PersonalDataVault vault = new PersonalDataVault(new InMemorySubjectKeys());

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscriber.class);
        fixture.registerInjectableResource(new Catalog());
        fixture.registerInjectableResource(usernames);
        fixture.registerInjectableResource(new StaticIpRegistry() {
            @Override
            public void claim(TenantId tenantId, Ipv4Address ip, SubscriberId subscriberId) {
                if (claimedIps.putIfAbsent(ip, subscriberId) != null) {
                    throw new StaticIpTakenException(ip);
                }
            }

            @Override
            public void release(TenantId tenantId, Ipv4Address ip) {
                claimedIps.remove(ip);
            }
        });
        fixture.registerInjectableResource((AccountNumbers) tenantId -> "ISP0000001");
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(vault);
    }

    /** MONTHLY and PREMIUM last 30 days, UNLIMITED has no end, RETIRED takes nobody new, CENTURY predates validity's bound. */
    static class Catalog implements PackageCatalog {

        @Override
        public ActivePackage requireActive(TenantId tenantId, PackageId packageId) {
            Integer validity = validityDays(tenantId, packageId);
            if (packageId.equals(RETIRED)) {
                throw new PackageRetiredException(packageId);
            }
            return new ActivePackage(packageId, validity, null);
        }

        @Override
        public Integer validityDays(TenantId tenantId, PackageId packageId) {
            if (!tenantId.equals(TENANT) || Stream.of(MONTHLY, PREMIUM, UNLIMITED, RETIRED, CENTURY).noneMatch(packageId::equals)) {
                throw new PackageNotFoundException(packageId);
            }
            if (packageId.equals(CENTURY)) {
                return 36_500;
            }
            return packageId.equals(UNLIMITED) ? null : 30;
        }
    }

    static CreateSubscriber alice(SubscriberType type, PackageId pkg, Ipv4Address ip, Instant expiresAt) {
        return new CreateSubscriber(ALICE, TENANT, ALICE_NAME, ALICE_PASSWORD, type, pkg, ip, expiresAt, ALICE_CONTACT);
    }

    static SubscriberCreated aliceCreated(SubscriberType type, PackageId pkg, Ipv4Address ip, Instant expiresAt) {
        return new SubscriberCreated(ALICE, TENANT, "ISP0000001", clear(ALICE_NAME), clear(ALICE_PASSWORD), type, pkg, ip,
                expiresAt, clear(ALICE_CONTACT));
    }

    static SubscriberCreated alicePppoe() {
        return aliceCreated(SubscriberType.PPPOE, MONTHLY, null, MONTH_FROM_NOW);
    }

    /** Before 1970, just past 3660 days from NOW, and the year 300000, which PostgreSQL's timestamps cannot hold. */
    static Stream<Instant> endsNoDatabaseShouldHold() {
        return Stream.of(Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("2036-11-30T10:00:01Z"),
                Instant.parse("+300000-01-01T00:00:00Z"));
    }

    @Nested
    class SigningUp {

        @Test
        void aNewSubscriberGetsAnAccountNumberAndThePackagesValidity() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.PPPOE, MONTHLY, null, null))
                   .expectEventsMatching(sealedAs(vault, alicePppoe()));
        }

        @Test
        void anExplicitEndOfSubscriptionWinsOverThePackagesValidity() {
            Instant endOfYear = Instant.parse("2026-12-31T23:59:00Z");
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.HOTSPOT, MONTHLY, null, endOfYear))
                   .expectEventsMatching(sealedAs(vault, aliceCreated(SubscriberType.HOTSPOT, MONTHLY, null, endOfYear)));
        }

        @Test
        void anEndAlreadyPassedIsTakenForASubscriberMovedFromAnotherSystem() {
            Instant lastMonth = Instant.parse("2026-10-23T10:00:00Z");
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.HOTSPOT, MONTHLY, null, lastMonth))
                   .expectEventsMatching(sealedAs(vault, aliceCreated(SubscriberType.HOTSPOT, MONTHLY, null, lastMonth)));
        }

        @ParameterizedTest
        @MethodSource("io.ispflow.command.subscriber.SubscriberTest#endsNoDatabaseShouldHold")
        void anEndBefore1970OrMoreThanTenYearsAheadIsRefused(Instant end) {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.HOTSPOT, MONTHLY, null, end))
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage("a subscription must end between 1970-01-01 and 3660 days from now")
                   .expectNoEvents();
        }

        @Test
        void aPackageWhoseValidityRunsPastTenYearsTakesNoSignUp() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.HOTSPOT, CENTURY, null, null))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void aPackageWithoutValidityGivesASubscriptionWithoutEnd() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.HOTSPOT, UNLIMITED, null, null))
                   .expectEventsMatching(sealedAs(vault, aliceCreated(SubscriberType.HOTSPOT, UNLIMITED, null, null)));
        }

        @Test
        void aStaticSubscriberClaimsItsAddress() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.STATIC, UNLIMITED, ALICE_IP, null))
                   .expectEventsMatching(sealedAs(vault, aliceCreated(SubscriberType.STATIC, UNLIMITED, ALICE_IP, null)));
            assertThat(claimedIps).containsEntry(ALICE_IP, ALICE);
        }

        @Test
        void aPppoeSubscriberMayHaveAFixedAddressToo() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.PPPOE, UNLIMITED, ALICE_IP, null))
                   .expectEventsMatching(sealedAs(vault, aliceCreated(SubscriberType.PPPOE, UNLIMITED, ALICE_IP, null)));
        }

        @Test
        void aStaticSubscriberWithoutAnAddressIsRefused() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.STATIC, MONTHLY, null, null))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void anAddressAnotherSubscriberHasIsRefused() {
            claimedIps.put(ALICE_IP, SubscriberId.random());

            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.STATIC, MONTHLY, ALICE_IP, null))
                   .expectException(StaticIpTakenException.class)
                   .expectNoEvents();
        }

        @Test
        void aLoopbackAddressIsNoSubscribersAddress() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.STATIC, MONTHLY, Ipv4Address.parse("127.0.0.1"), null))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void anUnknownPackageIsRefused() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.PPPOE, PackageId.random(), null, null))
                   .expectException(PackageNotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void anotherTenantsPackageCountsAsUnknown() {
            fixture.givenNoPriorActivity()
                   .when(new CreateSubscriber(ALICE, OTHER_TENANT, ALICE_NAME, ALICE_PASSWORD,
                           SubscriberType.PPPOE, MONTHLY, null, null, ALICE_CONTACT))
                   .expectException(PackageNotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void aRetiredPackageTakesNoNewSubscribers() {
            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.PPPOE, RETIRED, null, null))
                   .expectException(PackageRetiredException.class)
                   .expectNoEvents();
        }

        @Test
        void aTakenUsernameIsRefused() {
            usernames.claimed.put(ALICE_NAME, SubscriberId.random());

            fixture.givenNoPriorActivity()
                   .when(alice(SubscriberType.PPPOE, MONTHLY, null, null))
                   .expectException(UsernameTakenException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class ChangingPackage {

        @Test
        void aSubscriberMovesToAnotherActivePackage() {
            fixture.given(alicePppoe())
                   .when(new ChangePackage(ALICE, TENANT, PREMIUM))
                   .expectEvents(new SubscriberPackageChanged(ALICE, TENANT, MONTHLY, PREMIUM));
        }

        @Test
        void theSamePackageChangesNothing() {
            fixture.given(alicePppoe())
                   .when(new ChangePackage(ALICE, TENANT, MONTHLY))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRetiredPackageIsRefused() {
            fixture.given(alicePppoe())
                   .when(new ChangePackage(ALICE, TENANT, RETIRED))
                   .expectException(PackageRetiredException.class)
                   .expectNoEvents();
        }

        @Test
        void anotherTenantCannotTouchTheSubscriber() {
            fixture.given(alicePppoe())
                   .when(new ChangePackage(ALICE, OTHER_TENANT, PREMIUM))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class ChangingPassword {

        @Test
        void aNewPasswordReplacesTheOld() {
            RadiusPassword newPassword = new RadiusPassword("n3w-secret");
            fixture.given(alicePppoe())
                   .when(new ChangePassword(ALICE, TENANT, newPassword))
                   .expectEventsMatching(sealedAs(vault, new SubscriberPasswordChanged(ALICE, TENANT, clear(newPassword))));
        }

        @Test
        void theSamePasswordChangesNothing() {
            fixture.given(alicePppoe())
                   .when(new ChangePassword(ALICE, TENANT, new RadiusPassword("s3cret-pass")))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class SuspendingAndReactivating {

        @Test
        void aSuspensionKeepsItsReason() {
            fixture.given(alicePppoe())
                   .when(new SuspendSubscriber(ALICE, TENANT, "unpaid invoice 2026-11"))
                   .expectEvents(new SubscriberSuspended(ALICE, TENANT, "unpaid invoice 2026-11"));
        }

        @Test
        void suspendingASuspendedSubscriberChangesNothing() {
            fixture.given(alicePppoe(), new SubscriberSuspended(ALICE, TENANT, "unpaid"))
                   .when(new SuspendSubscriber(ALICE, TENANT, "still unpaid"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aSuspensionNeedsAReason() {
            fixture.given(alicePppoe())
                   .when(new SuspendSubscriber(ALICE, TENANT, " "))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void aReasonWithAControlCharacterIsRefused() {
            fixture.given(alicePppoe())
                   .when(new SuspendSubscriber(ALICE, TENANT, "unpaid\u0000"))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void aSuspendedSubscriberIsReactivated() {
            fixture.given(alicePppoe(), new SubscriberSuspended(ALICE, TENANT, "unpaid"))
                   .when(new ReactivateSubscriber(ALICE, TENANT))
                   .expectEvents(new SubscriberReactivated(ALICE, TENANT));
        }

        @Test
        void reactivatingAnActiveSubscriberChangesNothing() {
            fixture.given(alicePppoe())
                   .when(new ReactivateSubscriber(ALICE, TENANT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class Disconnecting {

        @Test
        void aDisconnectIsRecordedWithItsReason() {
            fixture.given(alicePppoe())
                   .when(new DisconnectSubscriber(ALICE, TENANT, "line fault reported"))
                   .expectEvents(new SubscriberDisconnectRequested(ALICE, TENANT, "line fault reported"));
        }

        @Test
        void aSuspendedSubscriberCanBeDisconnectedAgain() {
            fixture.given(alicePppoe(), new SubscriberSuspended(ALICE, TENANT, "unpaid"),
                          new SubscriberDisconnectRequested(ALICE, TENANT, "still online"))
                   .when(new DisconnectSubscriber(ALICE, TENANT, "still online"))
                   .expectEvents(new SubscriberDisconnectRequested(ALICE, TENANT, "still online"));
        }

        @Test
        void aDisconnectNeedsAReason() {
            fixture.given(alicePppoe())
                   .when(new DisconnectSubscriber(ALICE, TENANT, " "))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void aReasonWithAControlCharacterIsRefused() {
            fixture.given(alicePppoe())
                   .when(new DisconnectSubscriber(ALICE, TENANT, "fault\u001b[2J"))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void aForgottenSubscriberIsRefused() {
            fixture.given(alicePppoe(), new SubscriberTerminated(ALICE, TENANT),
                          new SubscriberForgotten(ALICE, TENANT, NOW))
                   .when(new DisconnectSubscriber(ALICE, TENANT, "still online"))
                   .expectException(SubscriberTerminatedException.class)
                   .expectNoEvents();
        }

        @Test
        void anotherTenantCannotDisconnectTheSubscriber() {
            fixture.given(alicePppoe())
                   .when(new DisconnectSubscriber(ALICE, OTHER_TENANT, "line fault"))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Renewing {

        @Test
        void daysCountFromTheCurrentEnd() {
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, null, 10))
                   .expectEvents(new SubscriptionRenewed(ALICE, TENANT, Instant.parse("2027-01-02T10:00:00Z")));
        }

        @Test
        void daysCountFromNowWhenTheSubscriptionHasEnded() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, Instant.parse("2026-11-01T00:00:00Z")))
                   .when(new RenewSubscription(ALICE, TENANT, null, 10))
                   .expectEvents(new SubscriptionRenewed(ALICE, TENANT, Instant.parse("2026-12-03T10:00:00Z")));
        }

        @Test
        void withoutUntilOrDaysThePackagesValidityApplies() {
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, null, null))
                   .expectEvents(new SubscriptionRenewed(ALICE, TENANT, Instant.parse("2027-01-22T10:00:00Z")));
        }

        @Test
        void anExplicitEndIsTaken() {
            Instant until = Instant.parse("2027-06-30T00:00:00Z");
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, until, null))
                   .expectEvents(new SubscriptionRenewed(ALICE, TENANT, until));
        }

        @Test
        void theSameEndChangesNothing() {
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, MONTH_FROM_NOW, null))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anEndInThePastIsRefused() {
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, Instant.parse("2026-01-01T00:00:00Z"), null))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void untilAndDaysTogetherAreRefused() {
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, Instant.parse("2027-06-30T00:00:00Z"), 30))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void daysOutOfRangeAreRefused() {
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, null, 0))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("io.ispflow.command.subscriber.SubscriberTest#endsNoDatabaseShouldHold")
        void anEndMoreThanTenYearsAheadIsRefused(Instant until) {
            fixture.given(alicePppoe())
                   .when(new RenewSubscription(ALICE, TENANT, until, null))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void daysThatWouldEndMoreThanTenYearsAheadAreRefused() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, Instant.parse("2035-11-23T10:00:00Z")))
                   .when(new RenewSubscription(ALICE, TENANT, null, 3000))
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage("a subscription must end between 1970-01-01 and 3660 days from now")
                   .expectNoEvents();
        }

        @Test
        void aPackageWithoutValidityNeedsUntilOrDays() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, UNLIMITED, null, null))
                   .when(new RenewSubscription(ALICE, TENANT, null, null))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Expiring {

        static final Instant LAST_WEEK = Instant.parse("2026-11-16T10:00:00Z");

        @Test
        void aSubscriptionPastItsEndExpires() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, LAST_WEEK))
                   .when(new ExpireSubscription(ALICE, TENANT))
                   .expectEvents(new SubscriptionExpired(ALICE, TENANT, LAST_WEEK));
        }

        @Test
        void aSubscriptionRenewedMeanwhileDoesNotExpire() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, LAST_WEEK),
                          new SubscriptionRenewed(ALICE, TENANT, MONTH_FROM_NOW))
                   .when(new ExpireSubscription(ALICE, TENANT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aSubscriptionExpiresOnce() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, LAST_WEEK),
                          new SubscriptionExpired(ALICE, TENANT, LAST_WEEK))
                   .when(new ExpireSubscription(ALICE, TENANT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aTerminatedSubscriberDoesNotExpire() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, LAST_WEEK),
                          new SubscriberTerminated(ALICE, TENANT))
                   .when(new ExpireSubscription(ALICE, TENANT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anExpiredSubscriberIsRenewedFromToday() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, LAST_WEEK),
                          new SubscriptionExpired(ALICE, TENANT, LAST_WEEK))
                   .when(new RenewSubscription(ALICE, TENANT, null, null))
                   .expectEvents(new SubscriptionRenewed(ALICE, TENANT, MONTH_FROM_NOW));
        }
    }

    @Nested
    class EndingSoon {

        static final Duration THREE_DAYS = Duration.ofDays(3);
        static final Instant IN_TWO_DAYS = NOW.plus(Duration.ofDays(2));

        @Test
        void anEndWithinTheNoticePeriodIsNoticed() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, IN_TWO_DAYS))
                   .when(new NoticeSubscriptionExpiry(ALICE, TENANT, THREE_DAYS))
                   .expectEvents(new SubscriptionExpiryNoticed(ALICE, TENANT, IN_TWO_DAYS));
        }

        @Test
        void anEndIsNoticedOnce() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, IN_TWO_DAYS),
                          new SubscriptionExpiryNoticed(ALICE, TENANT, IN_TWO_DAYS))
                   .when(new NoticeSubscriptionExpiry(ALICE, TENANT, THREE_DAYS))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRenewalsNewEndIsNoticedInItsTurn() {
            Instant renewedEnd = NOW.plus(Duration.ofDays(1));
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, IN_TWO_DAYS),
                          new SubscriptionExpiryNoticed(ALICE, TENANT, IN_TWO_DAYS),
                          new SubscriptionRenewed(ALICE, TENANT, renewedEnd))
                   .when(new NoticeSubscriptionExpiry(ALICE, TENANT, THREE_DAYS))
                   .expectEvents(new SubscriptionExpiryNoticed(ALICE, TENANT, renewedEnd));
        }

        @Test
        void anEndFurtherOffIsNotNoticedYet() {
            fixture.given(alicePppoe())
                   .when(new NoticeSubscriptionExpiry(ALICE, TENANT, THREE_DAYS))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aPassedEndIsNotNoticed() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, NOW.minusSeconds(1)))
                   .when(new NoticeSubscriptionExpiry(ALICE, TENANT, THREE_DAYS))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aTerminatedSubscriberIsNotNoticed() {
            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, null, IN_TWO_DAYS), new SubscriberTerminated(ALICE, TENANT))
                   .when(new NoticeSubscriptionExpiry(ALICE, TENANT, THREE_DAYS))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class FixedAddresses {

        @Test
        void anAssignedAddressIsClaimed() {
            fixture.given(alicePppoe())
                   .when(new AssignStaticIp(ALICE, TENANT, ALICE_IP))
                   .expectEvents(new StaticIpAssigned(ALICE, TENANT, ALICE_IP));
            assertThat(claimedIps).containsEntry(ALICE_IP, ALICE);
        }

        @Test
        void aNewAddressFreesTheOldOne() {
            claimedIps.put(ALICE_IP, ALICE);

            fixture.given(aliceCreated(SubscriberType.STATIC, MONTHLY, ALICE_IP, null))
                   .when(new AssignStaticIp(ALICE, TENANT, OTHER_IP))
                   .expectEvents(new StaticIpAssigned(ALICE, TENANT, OTHER_IP));
            assertThat(claimedIps).containsOnlyKeys(OTHER_IP);
        }

        @Test
        void theSameAddressChangesNothing() {
            fixture.given(aliceCreated(SubscriberType.STATIC, MONTHLY, ALICE_IP, null))
                   .when(new AssignStaticIp(ALICE, TENANT, ALICE_IP))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAddressAnotherSubscriberHasIsRefused() {
            claimedIps.put(OTHER_IP, SubscriberId.random());

            fixture.given(alicePppoe())
                   .when(new AssignStaticIp(ALICE, TENANT, OTHER_IP))
                   .expectException(StaticIpTakenException.class)
                   .expectNoEvents();
        }

        @Test
        void aReleasedAddressIsFreeAgain() {
            claimedIps.put(ALICE_IP, ALICE);

            fixture.given(aliceCreated(SubscriberType.PPPOE, MONTHLY, ALICE_IP, null))
                   .when(new ReleaseStaticIp(ALICE, TENANT))
                   .expectEvents(new StaticIpReleased(ALICE, TENANT, ALICE_IP));
            assertThat(claimedIps).isEmpty();
        }

        @Test
        void aStaticSubscriberCannotGiveUpItsAddress() {
            fixture.given(aliceCreated(SubscriberType.STATIC, MONTHLY, ALICE_IP, null))
                   .when(new ReleaseStaticIp(ALICE, TENANT))
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void releasingWithoutAnAddressChangesNothing() {
            fixture.given(alicePppoe())
                   .when(new ReleaseStaticIp(ALICE, TENANT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class UpdatingContact {

        @Test
        void newContactDetailsReplaceTheOld() {
            Contact moved = new Contact("Alice Mwangi", "+254 700 000002", null, "12 Harbour Road");
            fixture.given(alicePppoe())
                   .when(new UpdateContact(ALICE, TENANT, moved))
                   .expectEventsMatching(sealedAs(vault, new SubscriberContactUpdated(ALICE, TENANT, clear(moved))));
        }

        @Test
        void theSameDetailsChangeNothing() {
            fixture.given(alicePppoe())
                   .when(new UpdateContact(ALICE, TENANT, ALICE_CONTACT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class Terminating {

        @Test
        void aTerminatedSubscribersAddressIsFreeAgain() {
            claimedIps.put(ALICE_IP, ALICE);

            fixture.given(aliceCreated(SubscriberType.STATIC, MONTHLY, ALICE_IP, null))
                   .when(new TerminateSubscriber(ALICE, TENANT))
                   .expectEvents(new SubscriberTerminated(ALICE, TENANT));
            assertThat(claimedIps).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("io.ispflow.command.subscriber.SubscriberTest#everyCommand")
        void aTerminatedSubscriberRefusesEveryCommand(Object command) {
            fixture.given(alicePppoe(), new SubscriberTerminated(ALICE, TENANT))
                   .when(command)
                   .expectException(SubscriberTerminatedException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Forgetting {

        static final Instant FORGOTTEN_AT = NOW;

        @Test
        void anActiveSubscriberIsTerminatedThenForgotten() {
            claimedIps.put(ALICE_IP, ALICE);
            usernames.claimed.put(ALICE_NAME, ALICE);

            fixture.given(aliceCreated(SubscriberType.STATIC, MONTHLY, ALICE_IP, null))
                   .when(new ForgetSubscriber(ALICE, TENANT))
                   .expectEvents(new SubscriberTerminated(ALICE, TENANT), new SubscriberForgotten(ALICE, TENANT, FORGOTTEN_AT));
            assertThat(claimedIps).isEmpty();
            assertThat(usernames.claimed).isEmpty();
            assertThat(vault.forgotten(ALICE.value())).isTrue();
        }

        @Test
        void aTerminatedSubscriberIsForgottenWithoutASecondTermination() {
            fixture.given(alicePppoe(), new SubscriberTerminated(ALICE, TENANT))
                   .when(new ForgetSubscriber(ALICE, TENANT))
                   .expectEvents(new SubscriberForgotten(ALICE, TENANT, FORGOTTEN_AT));
        }

        @Test
        void forgettingTwiceRecordsNothing() {
            fixture.given(alicePppoe(), new SubscriberTerminated(ALICE, TENANT),
                          new SubscriberForgotten(ALICE, TENANT, FORGOTTEN_AT))
                   .when(new ForgetSubscriber(ALICE, TENANT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void forgettingDestroysTheKeySoEveryValueSealedBeforeReadsAsErased() {
            SealedValue sealedName = vault.seal(ALICE.value(), ALICE_NAME);

            fixture.given(alicePppoe())
                   .when(new ForgetSubscriber(ALICE, TENANT))
                   .expectSuccessfulHandlerExecution();
            assertThat(vault.open(ALICE.value(), sealedName, Username.class)).isEmpty();
            assertThat(vault.open(ALICE.value(), alicePppoe().username(), Username.class)).isEmpty();
        }

        @Test
        void anotherTenantCannotForgetTheSubscriber() {
            fixture.given(alicePppoe())
                   .when(new ForgetSubscriber(ALICE, OTHER_TENANT))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
            assertThat(vault.forgotten(ALICE.value())).isFalse();
        }

        @Test
        void aForgottenSubscriberRefusesEveryOtherCommand() {
            fixture.given(alicePppoe(), new SubscriberTerminated(ALICE, TENANT),
                          new SubscriberForgotten(ALICE, TENANT, FORGOTTEN_AT))
                   .when(new ChangePassword(ALICE, TENANT, new RadiusPassword("n3w-secret")))
                   .expectException(SubscriberTerminatedException.class)
                   .expectNoEvents();
        }
    }

    static Stream<Object> everyCommand() {
        return Stream.of(
                new ChangePackage(ALICE, TENANT, PREMIUM),
                new ChangePassword(ALICE, TENANT, new RadiusPassword("n3w-secret")),
                new SuspendSubscriber(ALICE, TENANT, "unpaid"),
                new DisconnectSubscriber(ALICE, TENANT, "line fault"),
                new ReactivateSubscriber(ALICE, TENANT),
                new RenewSubscription(ALICE, TENANT, null, 30),
                new AssignStaticIp(ALICE, TENANT, ALICE_IP),
                new ReleaseStaticIp(ALICE, TENANT),
                new UpdateContact(ALICE, TENANT, Contact.NONE),
                new TerminateSubscriber(ALICE, TENANT));
    }

    /**
     * The data quota: a period starts at sign-up and at each renewal (the events' times); the quota watcher reports
     * usage that reached the package's quota, and the subscriber counts the period's top-ups itself.
     */
    @Nested
    class Quotas {

        static final Instant SIGNED_UP = Instant.parse("2026-10-24T10:00:00Z");
        static final Instant RENEWED = Instant.parse("2026-11-23T09:00:00Z");
        static final RateLimit FAIR_USAGE = new RateLimit(1_000, 512);

        static RecordQuotaExhaustion used(Instant periodStart, int usedMb, int quotaMb, RateLimit fairUsage) {
            return new RecordQuotaExhaustion(ALICE, TENANT, periodStart, usedMb, quotaMb, fairUsage);
        }

        static SubscriberQuotaExhausted exhausted(Instant periodStart, int usedMb, int allowanceMb) {
            return new SubscriberQuotaExhausted(ALICE, TENANT, periodStart, usedMb, allowanceMb, QuotaState.FAIR_USAGE,
                    FAIR_USAGE);
        }

        @Test
        void usageReachingTheQuotaMovesTheSubscriberToTheFairUsageRate() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe())
                   .when(used(SIGNED_UP, 1_000, 1_000, FAIR_USAGE))
                   .expectEvents(exhausted(SIGNED_UP, 1_000, 1_000));
        }

        @Test
        void withoutAFairUsageRateTheSubscriberIsBlocked() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe())
                   .when(used(SIGNED_UP, 1_200, 1_000, null))
                   .expectEvents(new SubscriberQuotaExhausted(ALICE, TENANT, SIGNED_UP, 1_200, 1_000, QuotaState.BLOCKED, null));
        }

        @Test
        void usageBelowTheQuotaAndTheTopUpsIsNotExhaustedEvenIfTheWatcherMissedATopUp() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), new SubscriberQuotaTopUpAdded(ALICE, TENANT, 500))
                   .when(used(SIGNED_UP, 1_499, 1_000, FAIR_USAGE))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void theAllowanceRecordedCountsThePeriodsTopUps() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), new SubscriberQuotaTopUpAdded(ALICE, TENANT, 500))
                   .when(used(SIGNED_UP, 1_500, 1_000, FAIR_USAGE))
                   .expectEvents(exhausted(SIGNED_UP, 1_500, 1_500));
        }

        @Test
        void aPeriodIsExhaustedOnce() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), exhausted(SIGNED_UP, 1_000, 1_000))
                   .when(used(SIGNED_UP, 1_300, 1_000, FAIR_USAGE))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void usageOfThePeriodBeforeARenewalCountsForNothing() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe())
                   .andGivenCurrentTime(RENEWED).andGiven(new SubscriptionRenewed(ALICE, TENANT, MONTH_FROM_NOW))
                   .when(used(SIGNED_UP, 1_300, 1_000, FAIR_USAGE))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRenewalStartsAPeriodWithoutTheOldTopUps() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), new SubscriberQuotaTopUpAdded(ALICE, TENANT, 500))
                   .andGivenCurrentTime(RENEWED).andGiven(new SubscriptionRenewed(ALICE, TENANT, MONTH_FROM_NOW))
                   .when(used(RENEWED, 1_000, 1_000, FAIR_USAGE))
                   .expectEvents(exhausted(RENEWED, 1_000, 1_000));
        }

        @Test
        void aRenewalRestoresThePackageRate() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), exhausted(SIGNED_UP, 1_000, 1_000))
                   .when(new RenewSubscription(ALICE, TENANT, null, 30))
                   .expectEvents(new SubscriptionRenewed(ALICE, TENANT, Instant.parse("2027-01-22T10:00:00Z")),
                           new SubscriberQuotaRestored(ALICE, TENANT, MONTHLY, QuotaRestoredBy.RENEWAL));
        }

        @Test
        void aTopUpIsRecorded() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe())
                   .when(new TopUpQuota(ALICE, TENANT, 2_048))
                   .expectEvents(new SubscriberQuotaTopUpAdded(ALICE, TENANT, 2_048));
        }

        @Test
        void aTopUpThatLiftsTheAllowanceAboveTheUsageRestoresThePackageRate() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), exhausted(SIGNED_UP, 1_010, 1_000))
                   .when(new TopUpQuota(ALICE, TENANT, 11))
                   .expectEvents(new SubscriberQuotaTopUpAdded(ALICE, TENANT, 11),
                           new SubscriberQuotaRestored(ALICE, TENANT, MONTHLY, QuotaRestoredBy.TOP_UP));
        }

        @Test
        void aTopUpThatLeavesTheUsageAtOrAboveTheAllowanceRestoresNothing() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), exhausted(SIGNED_UP, 1_010, 1_000))
                   .when(new TopUpQuota(ALICE, TENANT, 10))
                   .expectEvents(new SubscriberQuotaTopUpAdded(ALICE, TENANT, 10));
        }

        @Test
        void smallTopUpsAddUp() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), exhausted(SIGNED_UP, 1_010, 1_000),
                           new SubscriberQuotaTopUpAdded(ALICE, TENANT, 10))
                   .when(new TopUpQuota(ALICE, TENANT, 1))
                   .expectEvents(new SubscriberQuotaTopUpAdded(ALICE, TENANT, 1),
                           new SubscriberQuotaRestored(ALICE, TENANT, MONTHLY, QuotaRestoredBy.TOP_UP));
        }

        @Test
        void aTopUpIsOneMegabyteToAPetabyte() {
            assertThatThrownBy(() -> new TopUpQuota(ALICE, TENANT, 0)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new TopUpQuota(ALICE, TENANT, 1_000_000_001)).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void anotherTenantCannotTopUp() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe())
                   .when(new TopUpQuota(ALICE, OTHER_TENANT, 100))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void aTerminatedSubscriberTakesNoTopUpAndIgnoresTheWatcher() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), new SubscriberTerminated(ALICE, TENANT))
                   .when(new TopUpQuota(ALICE, TENANT, 100))
                   .expectException(SubscriberTerminatedException.class)
                   .expectNoEvents();
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), new SubscriberTerminated(ALICE, TENANT))
                   .when(used(SIGNED_UP, 2_000, 1_000, FAIR_USAGE))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        /** The new package's quota applies to the period's usage so far: the watcher judges it again. */
        @Test
        void aChangeOfPackageWhileExhaustedRestoresThePackageRate() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), exhausted(SIGNED_UP, 1_000, 1_000))
                   .when(new ChangePackage(ALICE, TENANT, PREMIUM))
                   .expectEvents(new SubscriberPackageChanged(ALICE, TENANT, MONTHLY, PREMIUM),
                           new SubscriberQuotaRestored(ALICE, TENANT, PREMIUM, QuotaRestoredBy.PACKAGE_CHANGE));
        }

        @Test
        void afterAChangeOfPackageTheNewQuotaCountsTheUsageSoFar() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe(), exhausted(SIGNED_UP, 1_000, 1_000),
                           new SubscriberPackageChanged(ALICE, TENANT, MONTHLY, PREMIUM),
                           new SubscriberQuotaRestored(ALICE, TENANT, PREMIUM, QuotaRestoredBy.PACKAGE_CHANGE))
                   .when(used(SIGNED_UP, 1_000, 500, null))
                   .expectEvents(new SubscriberQuotaExhausted(ALICE, TENANT, SIGNED_UP, 1_000, 500, QuotaState.BLOCKED, null));
        }

        @Test
        void aChangeOfPackageWithinTheQuotaRestoresNothing() {
            fixture.givenCurrentTime(SIGNED_UP).andGiven(alicePppoe())
                   .when(new ChangePackage(ALICE, TENANT, PREMIUM))
                   .expectEvents(new SubscriberPackageChanged(ALICE, TENANT, MONTHLY, PREMIUM));
        }
    }
}
