package io.ispflow.command.vpn;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.vpn.ChangeVpnServerFlags;
import io.ispflow.kernel.vpn.ConfigureVpnServerWireGuard;
import io.ispflow.kernel.vpn.MarkVpnServerDown;
import io.ispflow.kernel.vpn.MarkVpnServerUp;
import io.ispflow.kernel.vpn.RegisterVpnServer;
import io.ispflow.kernel.vpn.RemoveVpnServer;
import io.ispflow.kernel.vpn.VpnServerCameUp;
import io.ispflow.kernel.vpn.VpnServerFlags;
import io.ispflow.kernel.vpn.VpnServerFlagsChanged;
import io.ispflow.kernel.vpn.VpnServerId;
import io.ispflow.kernel.vpn.VpnServerRegistered;
import io.ispflow.kernel.vpn.VpnServerRemoved;
import io.ispflow.kernel.vpn.VpnServerWentDown;
import io.ispflow.kernel.vpn.VpnServerWireGuardConfigured;
import io.ispflow.kernel.vpn.WireGuardEndpoint;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A VPN server its agent registered: UP while it sends heartbeats, DOWN once silent, forgotten once silent past the
 * retention unless static. Heartbeats themselves are not events; only these changes are.
 */
@Aggregate
class VpnServer {

    @AggregateIdentifier
    private VpnServerId id;
    private TenantId tenantId;
    private boolean up;
    private VpnServerFlags flags;
    private WireGuardEndpoint endpoint;
    private WireGuardKey publicKey;

    @CommandHandler
    VpnServer(RegisterVpnServer cmd) {
        apply(new VpnServerRegistered(cmd.vpnServerId(), cmd.tenantId(), cmd.ip(), cmd.hostname(), cmd.location(),
                cmd.firstHeartbeatAt()));
    }

    @CommandHandler
    void handle(MarkVpnServerDown cmd, Clock clock) {
        requireTenant(cmd.tenantId());
        if (up) {
            apply(new VpnServerWentDown(id, tenantId, cmd.lastHeartbeatAt(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(MarkVpnServerUp cmd) {
        requireTenant(cmd.tenantId());
        if (!up) {
            apply(new VpnServerCameUp(id, tenantId, cmd.heartbeatAt()));
        }
    }

    /** A static server is kept however long it is silent. */
    @CommandHandler
    void handle(RemoveVpnServer cmd, Clock clock) {
        requireTenant(cmd.tenantId());
        if (!flags.isStatic()) {
            apply(new VpnServerRemoved(id, tenantId, cmd.lastHeartbeatAt(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(ChangeVpnServerFlags cmd) {
        requireTenant(cmd.tenantId());
        if (!cmd.flags().equals(flags)) {
            apply(new VpnServerFlagsChanged(id, tenantId, cmd.flags()));
        }
    }

    @CommandHandler
    void handle(ConfigureVpnServerWireGuard cmd) {
        requireTenant(cmd.tenantId());
        WireGuardEndpoint newEndpoint = cmd.endpoint() == null ? endpoint : cmd.endpoint();
        WireGuardKey newKey = cmd.publicKey() == null ? publicKey : cmd.publicKey();
        if (!Objects.equals(newEndpoint, endpoint) || !Objects.equals(newKey, publicKey)) {
            apply(new VpnServerWireGuardConfigured(id, tenantId, newEndpoint, newKey));
        }
    }

    /** Another tenant's server is answered like one that does not exist. */
    private void requireTenant(TenantId caller) {
        if (!caller.equals(tenantId)) {
            throw new NotFoundException("VPN server " + id);
        }
    }

    @EventSourcingHandler
    void on(VpnServerRegistered e) {
        id = e.vpnServerId();
        tenantId = e.tenantId();
        up = true;
        flags = VpnServerFlags.REGISTERED;
    }

    @EventSourcingHandler
    void on(VpnServerWentDown e) {
        up = false;
    }

    @EventSourcingHandler
    void on(VpnServerCameUp e) {
        up = true;
    }

    @EventSourcingHandler
    void on(VpnServerFlagsChanged e) {
        flags = e.flags();
    }

    @EventSourcingHandler
    void on(VpnServerWireGuardConfigured e) {
        endpoint = e.endpoint();
        publicKey = e.publicKey();
    }

    /** A removed server is gone: its address registers a new server if its agent speaks again. */
    @EventSourcingHandler
    void on(VpnServerRemoved e) {
        AggregateLifecycle.markDeleted();
    }

    protected VpnServer() {
    }
}
