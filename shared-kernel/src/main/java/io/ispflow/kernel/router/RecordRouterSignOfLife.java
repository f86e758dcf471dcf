package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * The router showed it is alive at {@code seenAt}: a heartbeat, with its {@code report}, or accounting from its
 * address, without one (null). Not an event itself; the first sign after silence appends {@link RouterCameOnline}.
 */
public record RecordRouterSignOfLife(RouterId routerId, TenantId tenantId, Instant seenAt, RouterReport report) {
}
