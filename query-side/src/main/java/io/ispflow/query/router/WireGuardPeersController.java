package io.ispflow.query.router;

import io.ispflow.kernel.router.ListWireGuardPeers;
import io.ispflow.kernel.router.WireGuardPeers;
import io.ispflow.query.Answers;
import io.ispflow.query.vpn.AgentKeyCheck;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/wireguard/peers}: the WireGuard server's peers in the form {@code wg syncconf}
 * reads, one {@code [Peer]} per active router with a key, of every tenant (the tunnel subnet is the
 * installation's). The first line counts the peers, so a sync can tell a cut-off answer from an empty one.
 */
@RestController
class WireGuardPeersController {

    private final Answers answers;
    private final AgentKeyCheck agents;

    WireGuardPeersController(Answers answers, AgentKeyCheck agents) {
        this.answers = answers;
        this.agents = agents;
    }

    /**
     * The platform administrator's token gets every tenant's peers; a tenant's agent key in {@code X-API-Key} (a
     * tenant's own VPN server) gets that tenant's routers only.
     */
    @GetMapping(value = "/api/v1/wireguard/peers", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> peers(@RequestHeader(name = AgentKeyCheck.API_KEY, required = false) String apiKey,
                                 HttpServletRequest request) {
        ListWireGuardPeers asked = apiKey == null ? ListWireGuardPeers.everyTenant()
                : new ListWireGuardPeers(agents.tenantOf(apiKey, request.getRemoteAddr()));
        WireGuardPeers peers = answers.summary(asked, WireGuardPeers.class);
        StringBuilder config = new StringBuilder("# ispflow peers: " + peers.peers().size() + "\n");
        peers.peers().forEach(peer -> config.append("""

                [Peer]
                # router %s (%s)
                PublicKey = %s
                AllowedIPs = %s/32
                """.formatted(peer.name(), peer.routerId(), peer.publicKey(), peer.tunnelAddress())));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(config.toString());
    }
}
