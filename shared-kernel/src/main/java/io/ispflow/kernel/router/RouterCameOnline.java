package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * The first sign of life (a heartbeat or accounting) from a router that was never seen or was OFFLINE,
 * at {@code seenAt}. Heartbeats themselves are not events: only this transition is.
 */
public record RouterCameOnline(RouterId routerId, TenantId tenantId, Instant seenAt) {
}
