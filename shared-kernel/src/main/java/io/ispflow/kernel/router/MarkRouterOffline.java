package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * The sweeper found the router silent since before {@code silentSince}: if it still is, it is OFFLINE
 * ({@link RouterWentOffline}); a router seen meanwhile, or already OFFLINE, records nothing.
 */
public record MarkRouterOffline(RouterId routerId, TenantId tenantId, Instant silentSince, Instant noticedAt) {
}
