package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by ispflow itself when a subscription's end has passed; it does nothing if the subscriber renewed meanwhile. */
public record ExpireSubscription(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId) {
}
