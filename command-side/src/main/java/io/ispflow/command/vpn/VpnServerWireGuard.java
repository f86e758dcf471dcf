package io.ispflow.command.vpn;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.vpn.VpnServerId;
import io.ispflow.kernel.vpn.WireGuardEndpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Where a router's setup script sends its tunnel when the tenant picks one of its VPN servers. */
@Component
public class VpnServerWireGuard {

    /** A server's WireGuard, both parts set and valid (they were checked when configured). */
    public record Peer(WireGuardEndpoint endpoint, WireGuardKey publicKey) {
    }

    private final JdbcTemplate jdbc;

    VpnServerWireGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** 404 for an unknown server or another tenant's; 409 VPN_SERVER_WIREGUARD_NOT_SET when a part is missing. */
    public Peer of(TenantId tenantId, UUID vpnServerId) {
        Peer peer = jdbc.query("SELECT wireguard_endpoint, public_key FROM vpn_server WHERE vpn_server_id = ? AND tenant_id = ?",
                        (rs, row) -> rs.getString(1) == null || rs.getString(2) == null ? new Peer(null, null)
                                : new Peer(WireGuardEndpoint.of(rs.getString(1)), WireGuardKey.of(rs.getString(2))),
                        vpnServerId, tenantId.value()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("VPN server " + VpnServerId.of(vpnServerId)));
        if (peer.endpoint() == null) {
            throw new DomainException(ErrorCode.VPN_SERVER_WIREGUARD_NOT_SET,
                    "set the VPN server's wireguardEndpoint and publicKey before routers can be sent to it");
        }
        return peer;
    }
}
