package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** A VPN server that was DOWN sent a heartbeat again, at {@code heartbeatAt}. */
public record VpnServerCameUp(VpnServerId vpnServerId, TenantId tenantId, Instant heartbeatAt) {
}
