package io.ispflow.command.vpn;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/vpn-servers/heartbeat}: a VPN server's agent, every two minutes. No operator's token: the
 * tenant's agent key in {@code X-API-Key} names the tenant.
 */
@RestController
class VpnServerHeartbeatController {

    private final VpnServerHeartbeats heartbeats;

    VpnServerHeartbeatController(VpnServerHeartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    record Received(String status) {
    }

    @PostMapping("/api/v1/vpn-servers/heartbeat")
    Received heartbeat(@RequestHeader(name = AgentAuthentication.API_KEY, required = false) String apiKey,
                       @RequestBody HeartbeatReport report, HttpServletRequest request) {
        heartbeats.receive(apiKey, request.getRemoteAddr(), report);
        return new Received("ok");
    }
}
