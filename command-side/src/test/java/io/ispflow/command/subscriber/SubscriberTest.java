package io.ispflow.command.subscriber;

import io.ispflow.command.pkg.ActivePackage;
import io.ispflow.command.pkg.PackageCatalog;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageNotFoundException;
import io.ispflow.kernel.pkg.PackageRetiredException;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

class SubscriberTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final PackageId MONTHLY = PackageId.random();
    static final PackageId UNLIMITED = PackageId.random();
    static final PackageId RETIRED = PackageId.random();
    static final SubscriberId ALICE = SubscriberId.random();
    static final Username ALICE_NAME = new Username("alice");
    static final RadiusPassword ALICE_PASSWORD = new RadiusPassword("s3cret-pass");
    static final Contact ALICE_CONTACT = new Contact("Alice Mwangi", "+254 700 000001", "alice@example.net", null);
    static final Ipv4Address ALICE_IP = Ipv4Address.parse("203.0.113.7");

    AggregateTestFixture<Subscriber> fixture;
    Set<Username> claimedUsernames = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscriber.class);
        fixture.registerInjectableResource(catalog());
        fixture.registerInjectableResource((UsernameRegistry) (username, id) -> {
            if (!claimedUsernames.add(username)) {
                throw new UsernameTakenException(username);
            }
        });
        fixture.registerInjectableResource((AccountNumbers) tenantId -> "ISP0000001");
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PackageCatalog catalog() {
        return (tenantId, packageId) -> {
            if (!tenantId.equals(TENANT)) {
                throw new PackageNotFoundException(packageId);
            }
            if (packageId.equals(MONTHLY)) {
                return new ActivePackage(MONTHLY, 30);
            }
            if (packageId.equals(UNLIMITED)) {
                return new ActivePackage(UNLIMITED, null);
            }
            if (packageId.equals(RETIRED)) {
                throw new PackageRetiredException(packageId);
            }
            throw new PackageNotFoundException(packageId);
        };
    }

    private static CreateSubscriber alice(SubscriberType type, PackageId pkg, Ipv4Address ip, Instant expiresAt) {
        return new CreateSubscriber(ALICE, TENANT, ALICE_NAME, ALICE_PASSWORD, type, pkg, ip, expiresAt, ALICE_CONTACT);
    }

    @Test
    void aNewSubscriberGetsAnAccountNumberAndThePackagesValidity() {
        fixture.givenNoPriorActivity()
               .when(alice(SubscriberType.PPPOE, MONTHLY, null, null))
               .expectEvents(new SubscriberCreated(ALICE, TENANT, "ISP0000001", ALICE_NAME, ALICE_PASSWORD,
                       SubscriberType.PPPOE, MONTHLY, null, Instant.parse("2026-12-23T10:00:00Z"), ALICE_CONTACT));
    }

    @Test
    void anExplicitEndOfSubscriptionWinsOverThePackagesValidity() {
        Instant endOfYear = Instant.parse("2026-12-31T23:59:00Z");
        fixture.givenNoPriorActivity()
               .when(alice(SubscriberType.HOTSPOT, MONTHLY, null, endOfYear))
               .expectEvents(new SubscriberCreated(ALICE, TENANT, "ISP0000001", ALICE_NAME, ALICE_PASSWORD,
                       SubscriberType.HOTSPOT, MONTHLY, null, endOfYear, ALICE_CONTACT));
    }

    @Test
    void aPackageWithoutValidityGivesASubscriptionWithoutEnd() {
        fixture.givenNoPriorActivity()
               .when(alice(SubscriberType.HOTSPOT, UNLIMITED, null, null))
               .expectEvents(new SubscriberCreated(ALICE, TENANT, "ISP0000001", ALICE_NAME, ALICE_PASSWORD,
                       SubscriberType.HOTSPOT, UNLIMITED, null, null, ALICE_CONTACT));
    }

    @Test
    void aStaticSubscriberKeepsItsAddress() {
        fixture.givenNoPriorActivity()
               .when(alice(SubscriberType.STATIC, UNLIMITED, ALICE_IP, null))
               .expectEvents(new SubscriberCreated(ALICE, TENANT, "ISP0000001", ALICE_NAME, ALICE_PASSWORD,
                       SubscriberType.STATIC, UNLIMITED, ALICE_IP, null, ALICE_CONTACT));
    }

    @Test
    void aStaticSubscriberWithoutAnAddressIsRefused() {
        fixture.givenNoPriorActivity()
               .when(alice(SubscriberType.STATIC, MONTHLY, null, null))
               .expectException(InvalidValueException.class)
               .expectNoEvents();
    }

    @Test
    void onlyAStaticSubscriberMayHaveAnAddress() {
        fixture.givenNoPriorActivity()
               .when(alice(SubscriberType.PPPOE, MONTHLY, ALICE_IP, null))
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
               .when(new CreateSubscriber(ALICE, TenantId.of(UUID.randomUUID()), ALICE_NAME, ALICE_PASSWORD,
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
        claimedUsernames.add(ALICE_NAME);

        fixture.givenNoPriorActivity()
               .when(alice(SubscriberType.PPPOE, MONTHLY, null, null))
               .expectException(UsernameTakenException.class)
               .expectNoEvents();
    }
}
