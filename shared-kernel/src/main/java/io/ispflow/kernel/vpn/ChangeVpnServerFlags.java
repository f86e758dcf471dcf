package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeVpnServerFlags(@TargetAggregateIdentifier VpnServerId vpnServerId, TenantId tenantId, VpnServerFlags flags) {
}
