package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A heartbeat came, at {@code heartbeatAt}, from a server that was DOWN. */
public record MarkVpnServerUp(@TargetAggregateIdentifier VpnServerId vpnServerId, TenantId tenantId, Instant heartbeatAt) {
}
