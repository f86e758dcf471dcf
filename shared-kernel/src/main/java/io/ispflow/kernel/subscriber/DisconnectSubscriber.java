package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End every open session of a subscriber now (RFC 5176 Disconnect-Request); the reason is kept in the history. */
public record DisconnectSubscriber(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, String reason) {
}
