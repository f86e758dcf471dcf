package io.ispflow.kernel.vpn;

import io.ispflow.kernel.TenantId;

/** A tenant's agent keys, revoked ones included, newest first; answered with {@link AgentKeyList}. */
public record ListAgentKeys(TenantId tenantId) {
}
