package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

/** The tenant whose active agent key was presented. */
public record AgentIdentity(AgentKeyId agentKeyId, TenantId tenantId) {
}
