package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a subscriber to another package of the same tenant. */
public record ChangePackage(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, PackageId packageId) {
}
