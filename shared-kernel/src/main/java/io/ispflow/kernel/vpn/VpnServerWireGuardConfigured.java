package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.WireGuardKey;

/** Where routers reach the server's WireGuard and its public key, as they now are (either may still be null). */
public record VpnServerWireGuardConfigured(VpnServerId vpnServerId, TenantId tenantId, WireGuardEndpoint endpoint,
                                           WireGuardKey publicKey) {
}
