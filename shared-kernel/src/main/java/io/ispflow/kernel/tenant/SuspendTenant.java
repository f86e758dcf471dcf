package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
/** Stop a tenant's operators from signing in or acting; its subscribers keep their service. */
public record SuspendTenant(@TargetAggregateIdentifier TenantId tenantId, String reason) {
}
