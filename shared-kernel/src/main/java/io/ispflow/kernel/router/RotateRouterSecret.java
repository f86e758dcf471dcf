package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a router a new RADIUS shared secret, e.g. after a leak. */
public record RotateRouterSecret(@TargetAggregateIdentifier RouterId routerId, TenantId tenantId) {
}
