package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** An agent key opens nothing from now on; its servers stay, and go DOWN if no other key speaks for them. */
public record AgentKeyRevoked(AgentKeyId agentKeyId, TenantId tenantId, Instant revokedAt) {
}
