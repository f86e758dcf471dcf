package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cut a subscriber off, e.g. for non-payment; the reason is kept in the history. */
public record SuspendSubscriber(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, String reason) {
}
