package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

/** A suspended subscriber may connect again. */
public record SubscriberReactivated(SubscriberId subscriberId, TenantId tenantId) implements SubscriberEvent {
}
