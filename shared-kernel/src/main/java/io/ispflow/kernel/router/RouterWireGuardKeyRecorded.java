package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

/**
 * The router's WireGuard public key became {@code publicKey}, told by {@code source}; the WireGuard
 * server admits the router's tunnel address with this key only, from now on.
 */
public record RouterWireGuardKeyRecorded(RouterId routerId, TenantId tenantId, WireGuardKey publicKey,
                                         WireGuardKeySource source) {
}
