package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** A tenant made an agent key; the event holds its SHA-256, never the key, which was shown once. */
public record AgentKeyCreated(AgentKeyId agentKeyId, TenantId tenantId, AgentKeyDigest digest, Instant createdAt) {
}
