package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make a MikroTik router a RADIUS client: it gets a tunnel address and fresh secrets. The details must
 * be {@linkplain RouterDetails#storable() storable}.
 */
public record RegisterRouter(@TargetAggregateIdentifier RouterId routerId, TenantId tenantId, RouterDetails details) {

    public RegisterRouter {
        details = details.storable();
    }
}
