package io.ispflow.kernel.quota;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberEvent;
import io.ispflow.kernel.subscriber.SubscriberId;

/** {@code mb} megabytes were added to the allowance of the subscription period that started at the time of the last sign-up or renewal. */
public record SubscriberQuotaTopUpAdded(SubscriberId subscriberId, TenantId tenantId, int mb) implements SubscriberEvent {
}
