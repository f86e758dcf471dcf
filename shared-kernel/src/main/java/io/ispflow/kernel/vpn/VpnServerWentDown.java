package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** A VPN server sent no heartbeat for longer than the configured timeout; its last came at {@code lastHeartbeatAt}. */
public record VpnServerWentDown(VpnServerId vpnServerId, TenantId tenantId, Instant lastHeartbeatAt, Instant noticedAt) {
}
