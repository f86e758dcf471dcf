package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** The first heartbeat from a new address registered a VPN server; later heartbeats are not events. */
public record VpnServerRegistered(VpnServerId vpnServerId, TenantId tenantId, String ip, String hostname,
                                  VpnServerLocation location, Instant firstHeartbeatAt) {
}
