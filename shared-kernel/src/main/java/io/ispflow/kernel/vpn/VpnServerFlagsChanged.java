package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

/** A tenant changed whether a VPN server is enabled, static, or how it is tagged; the flags are the new whole. */
public record VpnServerFlagsChanged(VpnServerId vpnServerId, TenantId tenantId, VpnServerFlags flags) {
}
