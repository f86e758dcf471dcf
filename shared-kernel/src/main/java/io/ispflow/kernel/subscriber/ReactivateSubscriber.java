package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift a suspension. */
public record ReactivateSubscriber(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId) {
}
