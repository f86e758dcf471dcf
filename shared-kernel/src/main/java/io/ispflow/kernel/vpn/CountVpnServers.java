package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

/** Answers {@link VpnServerCounts} for the dashboard. */
public record CountVpnServers(TenantId tenantId) {
}
