package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

/** Answers the tenant's {@link VpnServerView} with this id, if any: another tenant's is not found. */
public record FindVpnServer(TenantId tenantId, VpnServerId vpnServerId) {
}
