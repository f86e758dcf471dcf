package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a subscriber for good; the username stays taken and the history stays. */
public record TerminateSubscriber(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId) {
}
