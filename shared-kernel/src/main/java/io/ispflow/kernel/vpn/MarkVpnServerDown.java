package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The sweeper found the server silent since {@code lastHeartbeatAt}, longer than the configured timeout. */
public record MarkVpnServerDown(@TargetAggregateIdentifier VpnServerId vpnServerId, TenantId tenantId, Instant lastHeartbeatAt) {
}
