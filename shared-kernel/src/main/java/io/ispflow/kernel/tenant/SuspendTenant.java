package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stop a tenant's operators from signing in or acting; its subscribers keep their service.
 * {@code callerTenantId}: the tenant of the platform administrator who asks, which cannot be the one suspended.
 */
public record SuspendTenant(@TargetAggregateIdentifier TenantId tenantId, String reason, TenantId callerTenantId) {
}
