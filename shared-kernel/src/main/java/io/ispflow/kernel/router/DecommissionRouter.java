package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a router out of service: RADIUS stops answering it and its tunnel address is freed. */
public record DecommissionRouter(@TargetAggregateIdentifier RouterId routerId, TenantId tenantId) {
}
