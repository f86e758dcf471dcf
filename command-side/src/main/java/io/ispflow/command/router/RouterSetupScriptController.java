package io.ispflow.command.router;

import io.ispflow.command.vpn.VpnServerWireGuard;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.router.RouterId;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@code GET /api/v1/routers/{id}/setup-script}: the one answer that carries a router's secrets.
 * It lives on the command side because the secret lives only in the router's events; a
 * decommissioned router has no working secret, so it gets 409 ROUTER_DECOMMISSIONED.
 */
@RestController
class RouterSetupScriptController {

    private final RouterConnections connections;
    private final RadiusServerPeer server;
    private final TunnelSubnet subnet;
    private final RadiusPorts ports;
    private final PublicUrl ispflow;
    private final RouterApiTokenIndex tokens;
    private final VpnServerWireGuard vpnServers;

    RouterSetupScriptController(RouterConnections connections, RadiusServerPeer server, TunnelSubnet subnet, RadiusPorts ports,
                                PublicUrl ispflow, RouterApiTokenIndex tokens, VpnServerWireGuard vpnServers) {
        this.connections = connections;
        this.server = server;
        this.subnet = subnet;
        this.ports = ports;
        this.ispflow = ispflow;
        this.tokens = tokens;
        this.vpnServers = vpnServers;
    }

    /**
     * Never cached by a browser or proxy, since it holds the secret. With {@code vpnServerId} the tunnel goes to that
     * VPN server of the tenant's instead of the installation's WireGuard server.
     */
    @GetMapping("/api/v1/routers/{id}/setup-script")
    ResponseEntity<String> setupScript(@PathVariable UUID id, @RequestParam(required = false) UUID vpnServerId, Actor actor) {
        RouterConnection router = connections.current(RouterId.of(id), actor.tenantId());
        RadiusServerPeer peer = vpnServerId == null ? server.requireWireGuard() : vpnServer(actor, vpnServerId);
        String script = RouterSetupScript.render(router, peer, subnet, ports, ispflow);
        tokens.handedOut(RouterId.of(id), actor.tenantId(), router.apiToken());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "attachment; filename=\"ispflow-" + router.details().name() + ".rsc\"")
                .body(script);
    }

    private RadiusServerPeer vpnServer(Actor actor, UUID vpnServerId) {
        VpnServerWireGuard.Peer peer = vpnServers.of(actor.tenantId(), vpnServerId);
        return server.at(peer.endpoint().host(), peer.endpoint().port(), peer.publicKey().value());
    }
}
