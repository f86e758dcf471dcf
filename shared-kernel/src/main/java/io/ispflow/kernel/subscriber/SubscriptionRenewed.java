package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** A subscription now ends at {@code expiresAt}. */
public record SubscriptionRenewed(SubscriberId subscriberId, TenantId tenantId, Instant expiresAt) implements SubscriberEvent {
}
