package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** A VPN server that is not static was silent past the retention (30 days by default) and was forgotten. */
public record VpnServerRemoved(VpnServerId vpnServerId, TenantId tenantId, Instant lastHeartbeatAt, Instant removedAt) {
}
