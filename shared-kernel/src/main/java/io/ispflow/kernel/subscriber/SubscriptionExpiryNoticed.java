package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * The subscription ends soon, at {@code expiresAt}, and nobody has renewed it yet: noticed once per end, the
 * configured number of days before it. A renewal to a new end makes the new end noticed again in its turn.
 */
public record SubscriptionExpiryNoticed(SubscriberId subscriberId, TenantId tenantId, Instant expiresAt) implements SubscriberEvent {
}
