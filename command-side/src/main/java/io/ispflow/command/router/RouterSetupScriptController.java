package io.ispflow.command.router;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.router.RouterId;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    RouterSetupScriptController(RouterConnections connections, RadiusServerPeer server, TunnelSubnet subnet, RadiusPorts ports,
                                PublicUrl ispflow, RouterApiTokenIndex tokens) {
        this.connections = connections;
        this.server = server;
        this.subnet = subnet;
        this.ports = ports;
        this.ispflow = ispflow;
        this.tokens = tokens;
    }

    /** Never cached by a browser or proxy, since it holds the secret. */
    @GetMapping("/api/v1/routers/{id}/setup-script")
    ResponseEntity<String> setupScript(@PathVariable UUID id, Actor actor) {
        RouterConnection router = connections.current(RouterId.of(id), actor.tenantId());
        String script = RouterSetupScript.render(router, server.requireWireGuard(), subnet, ports, ispflow);
        tokens.handedOut(RouterId.of(id), actor.tenantId(), router.apiToken());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "attachment; filename=\"ispflow-" + router.details().name() + ".rsc\"")
                .body(script);
    }
}
