package io.ispflow.command.vpn;

import io.ispflow.command.CommandAccepted;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.vpn.ChangeVpnServerFlags;
import io.ispflow.kernel.vpn.ConfigureVpnServerWireGuard;
import io.ispflow.kernel.vpn.VpnServerFlags;
import io.ispflow.kernel.vpn.VpnServerId;
import io.ispflow.kernel.vpn.WireGuardEndpoint;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code PATCH /api/v1/vpn-servers/{id}}: the tenant's flags and the server's WireGuard endpoint and key. */
@RestController
class VpnServerCommandController {

    private final CommandGateway commands;
    private final EventStorePositions positions;

    VpnServerCommandController(CommandGateway commands, EventStorePositions positions) {
        this.commands = commands;
        this.positions = positions;
    }

    /** Each part may be left out; all given parts are checked before any command is sent. */
    record VpnServerPatch(VpnServerFlags flags, String wireguardEndpoint, String publicKey) {
    }

    @PatchMapping("/api/v1/vpn-servers/{id}")
    CommandAccepted patch(@PathVariable UUID id, @RequestBody VpnServerPatch patch, Actor actor) {
        VpnServerId server = VpnServerId.of(id);
        WireGuardEndpoint endpoint = patch.wireguardEndpoint() == null ? null : WireGuardEndpoint.of(patch.wireguardEndpoint());
        WireGuardKey key = patch.publicKey() == null ? null : WireGuardKey.of(patch.publicKey());
        if (patch.flags() != null) {
            commands.sendAndWait(new ChangeVpnServerFlags(server, actor.tenantId(), patch.flags()));
        }
        // an empty patch still asks the server, so that another tenant's id or an unknown one is 404 all the same
        if (endpoint != null || key != null || patch.flags() == null) {
            commands.sendAndWait(new ConfigureVpnServerWireGuard(server, actor.tenantId(), endpoint, key));
        }
        return new CommandAccepted(id, positions.lastEventOf(server));
    }
}
