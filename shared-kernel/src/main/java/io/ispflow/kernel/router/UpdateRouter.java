package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rename a router or change where and what it is; the details must be {@linkplain RouterDetails#storable() storable}. */
public record UpdateRouter(@TargetAggregateIdentifier RouterId routerId, TenantId tenantId, RouterDetails details) {

    public UpdateRouter {
        details = details.storable();
    }
}
