package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

/** A subscriber's RADIUS password was replaced. */
public record SubscriberPasswordChanged(SubscriberId subscriberId, TenantId tenantId, RadiusPassword password) {
}
