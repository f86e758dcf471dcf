package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

/** A subscriber is cut off until reactivated. */
public record SubscriberSuspended(SubscriberId subscriberId, TenantId tenantId, String reason) implements SubscriberEvent {
}
