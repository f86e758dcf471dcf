package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a subscriber's contact details, which must be {@linkplain Contact#storable() storable}. */
public record UpdateContact(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, Contact contact) {

    public UpdateContact {
        contact = contact.storable();
    }
}
