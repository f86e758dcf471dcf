package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop offering a package to new subscribers; its current subscribers keep it. */
public record RetirePackage(@TargetAggregateIdentifier PackageId packageId, TenantId tenantId) {
}
