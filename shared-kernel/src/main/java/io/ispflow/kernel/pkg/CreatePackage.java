package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Offer a new service package to a tenant's subscribers; its terms must be {@linkplain PackageTerms#storable() storable}. */
public record CreatePackage(@TargetAggregateIdentifier PackageId packageId, TenantId tenantId, PackageTerms terms) {

    public CreatePackage {
        terms = terms.storable();
    }
}
