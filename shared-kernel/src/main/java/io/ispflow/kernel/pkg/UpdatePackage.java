package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Change what a package offers; its subscribers get the new terms through its RADIUS group. The terms
 * must be {@linkplain PackageTerms#storable() storable}.
 */
public record UpdatePackage(@TargetAggregateIdentifier PackageId packageId, TenantId tenantId, PackageTerms terms) {

    public UpdatePackage {
        terms = terms.storable();
    }
}
