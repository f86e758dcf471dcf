package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a subscriber a new RADIUS password. */
public record ChangePassword(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, RadiusPassword password) {
}
