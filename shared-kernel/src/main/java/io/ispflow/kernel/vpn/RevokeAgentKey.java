package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeAgentKey(@TargetAggregateIdentifier AgentKeyId agentKeyId, TenantId tenantId) {
}
