package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a subscriber's personal data for good: terminate it if need be and destroy its key. */
public record ForgetSubscriber(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId) {
}
