package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

import java.util.List;
import java.util.UUID;

/**
 * Answers {@link RouterPulses}: the latest sign of life of each of these routers of the tenant that has shown one.
 * Heartbeats are not events, so the command side answers it from the row they update, not the read model.
 */
public record FindRouterPulses(TenantId tenantId, List<UUID> routerIds) {
}
