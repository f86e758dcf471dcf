package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The sweeper found a server that is not static silent past the retention, since {@code lastHeartbeatAt}. */
public record RemoveVpnServer(@TargetAggregateIdentifier VpnServerId vpnServerId, TenantId tenantId, Instant lastHeartbeatAt) {
}
