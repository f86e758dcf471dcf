package io.ispflow.radius;

import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageRetired;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.Username;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static io.ispflow.radius.TestVault.sealed;

/** Events as the command side emits them, named for what they are. */
final class RadiusEvents {

    static final TenantId TENANT = TenantId.of(UUID.fromString("7e0a1e11-0000-4000-8000-000000000001"));
    static final PackageId BASIC = PackageId.of(UUID.fromString("b0000000-0000-4000-8000-000000000001"));
    static final PackageId PREMIUM = PackageId.of(UUID.fromString("b0000000-0000-4000-8000-000000000002"));
    static final RouterId CORE = RouterId.of(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    static final RouterId TOWER = RouterId.of(UUID.fromString("c0000000-0000-4000-8000-000000000002"));
    static final Instant ALICE_EXPIRES = Instant.parse("2026-09-23T12:00:00Z");

    private RadiusEvents() {
    }

    /** 20 Mbit/s down, 5 up, and no optional term. */
    static PackageCreated basicPackage() {
        return new PackageCreated(BASIC, TENANT, new PackageTerms("Basic", new RateLimit(20_000, 5_000),
                null, null, null, 30, null, new BigDecimal("10.00")));
    }

    /** Every optional term set: a day-long session, 10 idle minutes, two devices, its own pool. */
    static PackageCreated premiumPackage() {
        return new PackageCreated(PREMIUM, TENANT, new PackageTerms("Premium", new RateLimit(100_000, 20_500),
                86_400, 600, 2, 30, "premium-pool", new BigDecimal("45.00")));
    }

    /** Basic gets Premium's terms: every optional term now set. */
    static PackageUpdated basicUpgraded() {
        return new PackageUpdated(BASIC, TENANT, premiumPackage().terms());
    }

    /** Premium drops to Basic's terms: its optional terms are no longer set. */
    static PackageUpdated premiumDowngraded() {
        return new PackageUpdated(PREMIUM, TENANT, basicPackage().terms());
    }

    static PackageRetired basicRetired() {
        return new PackageRetired(BASIC, TENANT);
    }

    /** A PPPoE subscriber on Basic whose subscription ends on 23 Sep 2026 at noon UTC. */
    static SubscriberCreated alice() {
        SubscriberId id = SubscriberId.random();
        return new SubscriberCreated(id, TENANT, "ACC-0001", sealed(id.value(), Username.of("alice")),
                sealed(id.value(), RadiusPassword.of("alice-secret")), SubscriberType.PPPOE, BASIC, null, ALICE_EXPIRES,
                sealed(id.value(), Contact.NONE));
    }

    /** A static-IP subscriber on Premium without end date. */
    static SubscriberCreated bob() {
        SubscriberId id = SubscriberId.random();
        return new SubscriberCreated(id, TENANT, "ACC-0002", sealed(id.value(), Username.of("bob")),
                sealed(id.value(), RadiusPassword.of("bob-secret-1")), SubscriberType.STATIC, PREMIUM,
                Ipv4Address.parse("203.0.113.7"), null, sealed(id.value(), Contact.NONE));
    }

    static SubscriberPasswordChanged passwordChanged(SubscriberCreated subscriber, String password) {
        SubscriberId id = subscriber.subscriberId();
        return new SubscriberPasswordChanged(id, TENANT, sealed(id.value(), RadiusPassword.of(password)));
    }

    static RouterRegistered coreRouter() {
        return router(CORE, "core-1", "Main POP", "Core router", "10.100.0.2");
    }

    /** Registered without description, so its site describes it. */
    static RouterRegistered towerRouter() {
        return router(TOWER, "tower-north", "North tower", null, "10.100.0.3");
    }

    static RouterRegistered router(String name, String site, String description, String tunnelAddress) {
        return router(RouterId.random(), name, site, description, tunnelAddress);
    }

    static RouterRegistered router(RouterId id, String name, String site, String description, String tunnelAddress) {
        return new RouterRegistered(id, TENANT, new RouterDetails(name, site, description),
                Ipv4Address.parse(tunnelAddress), sealed(id.value(), "s3cret-" + name), sealed(id.value(), "api-token-" + name));
    }

    /** core-1 renamed and described anew. */
    static RouterUpdated coreRouterRenamed() {
        return new RouterUpdated(CORE, TENANT, new RouterDetails("core-1a", "Main POP", "Core router, rack 2"));
    }

    /** The tower's details without description, so its new site describes it. */
    static RouterUpdated towerRouterMoved() {
        return new RouterUpdated(TOWER, TENANT, new RouterDetails("tower-north", "North tower, mast 2", null));
    }

    static RouterSecretRotated coreSecretRotated() {
        return new RouterSecretRotated(CORE, TENANT, sealed(CORE.value(), "n3w-s3cret-core-1"));
    }

    static RouterDecommissioned coreDecommissioned() {
        return new RouterDecommissioned(CORE, TENANT, Ipv4Address.parse("10.100.0.2"));
    }
}
