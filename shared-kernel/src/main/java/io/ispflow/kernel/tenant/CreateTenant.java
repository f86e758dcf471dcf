package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
/** Give an ISP its own space on the installation. */
public record CreateTenant(@TargetAggregateIdentifier TenantId tenantId, TenantProfile profile) {
}
