package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** A subscription reached its end at {@code expiredAt} without renewal; renewing brings the subscriber back. */
public record SubscriptionExpired(SubscriberId subscriberId, TenantId tenantId, Instant expiredAt) implements SubscriberEvent {
}
