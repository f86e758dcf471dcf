package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.router.DecommissionRouter;
import io.ispflow.kernel.router.RecordRouterWireGuardKey;
import io.ispflow.kernel.router.RegisterRouter;
import io.ispflow.kernel.router.RotateRouterSecret;
import io.ispflow.kernel.router.RouterApiTokenRotated;
import io.ispflow.kernel.router.RouterCameOnline;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDecommissionedException;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterHealth;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.kernel.router.RouterWentOffline;
import io.ispflow.kernel.router.RouterWireGuardKeyRecorded;
import io.ispflow.kernel.router.UpdateRouter;
import io.ispflow.kernel.router.WireGuardKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A MikroTik router acting as a RADIUS client (a NAS) over the WireGuard tunnel; its secrets are sealed with its own key. */
@Aggregate
class Router {

    @AggregateIdentifier
    private RouterId id;
    private TenantId tenantId;
    private Ipv4Address tunnelAddress;
    private RouterDetails details;
    private SealedValue radiusSecret;
    private SealedValue apiToken;
    private WireGuardKey wireGuardKey;
    private boolean decommissioned;
    private RouterHealth health = RouterHealth.NEVER_SEEN;

    @CommandHandler
    Router(RegisterRouter cmd, TunnelAddressPool tunnelAddresses, RouterSecrets secrets, PersonalDataVault vault) {
        UUID subject = cmd.routerId().value();
        apply(new RouterRegistered(cmd.routerId(), cmd.tenantId(), cmd.details(),
                tunnelAddresses.allocate(cmd.routerId()), vault.seal(subject, secrets.radiusSecret()),
                vault.seal(subject, secrets.apiToken())));
    }

    @CommandHandler
    void handle(UpdateRouter cmd) {
        requireInService(cmd.tenantId(), cmd.routerId());
        if (cmd.details().equals(details)) {
            return;
        }
        apply(new RouterUpdated(id, tenantId, cmd.details()));
    }

    /** Both secrets are in the setup script, so a rotation after a leak replaces both. */
    @CommandHandler
    void handle(RotateRouterSecret cmd, RouterSecrets secrets, PersonalDataVault vault) {
        requireInService(cmd.tenantId(), cmd.routerId());
        apply(new RouterSecretRotated(id, tenantId, vault.seal(id.value(), secrets.radiusSecret())));
        apply(new RouterApiTokenRotated(id, tenantId, vault.seal(id.value(), secrets.apiToken())));
    }

    /** The same key again records nothing; another active router's key is refused. */
    @CommandHandler
    void handle(RecordRouterWireGuardKey cmd, WireGuardKeyRegistry keys) {
        requireInService(cmd.tenantId(), cmd.routerId());
        if (cmd.publicKey().equals(wireGuardKey)) {
            return;
        }
        keys.claim(cmd.publicKey(), id);
        apply(new RouterWireGuardKeyRecorded(id, tenantId, cmd.publicKey(), cmd.source()));
    }

    /** Decommissioning twice is answered like the first time, and records nothing. */
    @CommandHandler
    void handle(DecommissionRouter cmd, TunnelAddressPool tunnelAddresses, WireGuardKeyRegistry keys) {
        requireTenant(cmd.tenantId(), cmd.routerId());
        if (decommissioned) {
            return;
        }
        tunnelAddresses.release(id);
        keys.release(id);
        apply(new RouterDecommissioned(id, tenantId, tunnelAddress));
    }

    /**
     * The first sign of life after silence (or ever): a heartbeat names the router by its token, accounting by its
     * address, so the tenant is checked as for a command. Already ONLINE, it records nothing.
     */
    void cameOnline(TenantId caller, RouterId asked, Instant seenAt) {
        requireInService(caller, asked);
        if (health == RouterHealth.ONLINE) {
            return;
        }
        apply(new RouterCameOnline(id, tenantId, seenAt));
    }

    /** Silence noticed: only an ONLINE router in service goes OFFLINE, once. */
    void wentOffline(Instant lastSeenAt, Instant noticedAt) {
        if (decommissioned || health != RouterHealth.ONLINE) {
            return;
        }
        apply(new RouterWentOffline(id, tenantId, lastSeenAt, noticedAt));
    }

    /**
     * What the router's setup script needs, refused as a command would be: another tenant's router
     * is unknown, and a decommissioned router's secret no longer works.
     */
    RouterConnection connection(TenantId caller, RouterId asked, PersonalDataVault vault) {
        requireInService(caller, asked);
        return new RouterConnection(details, tunnelAddress, opened(radiusSecret, vault), opened(apiToken, vault));
    }

    /** Routers are never forgotten: a secret that does not open is a missing key, worth stopping for. */
    private String opened(SealedValue secret, PersonalDataVault vault) {
        return vault.open(id.value(), secret, String.class)
                .orElseThrow(() -> new IllegalStateException("router " + id + " has no key"));
    }

    private void requireInService(TenantId caller, RouterId asked) {
        requireTenant(caller, asked);
        if (decommissioned) {
            throw new RouterDecommissionedException(id);
        }
    }

    /** Another tenant's router, or another aggregate's id, is answered like an id that does not exist. */
    private void requireTenant(TenantId caller, RouterId asked) {
        if (!caller.equals(tenantId)) {
            throw new NotFoundException("router " + asked);
        }
    }

    @EventSourcingHandler
    void on(RouterRegistered e) {
        id = e.routerId();
        tenantId = e.tenantId();
        tunnelAddress = e.tunnelAddress();
        details = e.details();
        radiusSecret = e.radiusSecret();
        apiToken = e.apiToken();
    }

    @EventSourcingHandler
    void on(RouterUpdated e) {
        details = e.details();
    }

    @EventSourcingHandler
    void on(RouterSecretRotated e) {
        radiusSecret = e.radiusSecret();
    }

    @EventSourcingHandler
    void on(RouterApiTokenRotated e) {
        apiToken = e.apiToken();
    }

    @EventSourcingHandler
    void on(RouterWireGuardKeyRecorded e) {
        wireGuardKey = e.publicKey();
    }

    @EventSourcingHandler
    void on(RouterCameOnline e) {
        health = RouterHealth.ONLINE;
    }

    @EventSourcingHandler
    void on(RouterWentOffline e) {
        health = RouterHealth.OFFLINE;
    }

    @EventSourcingHandler
    void on(RouterDecommissioned e) {
        decommissioned = true;
    }

    protected Router() {
    }
}
