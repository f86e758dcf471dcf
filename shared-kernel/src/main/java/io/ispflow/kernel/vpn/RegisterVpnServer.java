package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The first heartbeat from a new address in the tenant registers a VPN server. */
public record RegisterVpnServer(@TargetAggregateIdentifier VpnServerId vpnServerId, TenantId tenantId, String ip,
                                String hostname, VpnServerLocation location, Instant firstHeartbeatAt) {
}
