package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.WireGuardKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Either part may be null: that part stays as it is. */
public record ConfigureVpnServerWireGuard(@TargetAggregateIdentifier VpnServerId vpnServerId, TenantId tenantId,
                                          WireGuardEndpoint endpoint, WireGuardKey publicKey) {
}
