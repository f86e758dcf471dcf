package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

/** Answers an {@code Optional<SubscriberView>}: empty when the tenant has no such subscriber. */
public record FindSubscriber(TenantId tenantId, SubscriberId subscriberId) {
}
