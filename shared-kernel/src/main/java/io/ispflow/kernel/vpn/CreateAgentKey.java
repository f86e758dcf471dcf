package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant makes a key for its VPN servers' agents; the command carries only the key's digest. */
public record CreateAgentKey(@TargetAggregateIdentifier AgentKeyId agentKeyId, TenantId tenantId, AgentKeyDigest digest) {
}
