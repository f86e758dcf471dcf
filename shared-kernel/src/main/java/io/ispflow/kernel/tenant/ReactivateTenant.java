package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
/** Let a suspended tenant's operators back in. */
public record ReactivateTenant(@TargetAggregateIdentifier TenantId tenantId) {
}
