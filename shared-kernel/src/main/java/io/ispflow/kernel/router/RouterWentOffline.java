package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * A router's silence passed the configured timeout: its last sign of life was at {@code lastSeenAt},
 * and the sweeper noticed at {@code noticedAt}. Counts as an outage from {@code lastSeenAt}.
 */
public record RouterWentOffline(RouterId routerId, TenantId tenantId, Instant lastSeenAt, Instant noticedAt) {
}
