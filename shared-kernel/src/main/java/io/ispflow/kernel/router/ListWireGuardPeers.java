package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

/**
 * Answers {@link WireGuardPeers}: every active router with a WireGuard key, of every tenant (the tunnel subnet and
 * the installation's WireGuard server are the installation's), or only the routers of {@code tenantId} when it is
 * set: what one tenant's VPN server, asking with its agent key, may serve.
 */
public record ListWireGuardPeers(TenantId tenantId) {

    public static ListWireGuardPeers everyTenant() {
        return new ListWireGuardPeers(null);
    }
}
