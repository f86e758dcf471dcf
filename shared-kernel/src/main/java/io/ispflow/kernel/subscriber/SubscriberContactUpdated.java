package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

/** A subscriber's contact details changed. */
public record SubscriberContactUpdated(SubscriberId subscriberId, TenantId tenantId, Contact contact) {
}
