package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a subscriber's contact details. */
public record UpdateContact(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, Contact contact) {
}
