package io.ispflow.kernel.dashboard;

import io.ispflow.kernel.TenantId;

import java.time.Duration;
import java.time.Instant;

/**
 * Answers the tenant's {@link DashboardView} as the read model stands: subscribers whose subscription
 * ends after {@code at} and no later than {@code at + expiringWithin} count as expiring soon, and the
 * {@code soonest} first of them are listed.
 */
public record ShowDashboard(TenantId tenantId, Instant at, Duration expiringWithin, int soonest) {
}
