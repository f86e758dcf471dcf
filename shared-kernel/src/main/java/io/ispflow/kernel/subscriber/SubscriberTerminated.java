package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

/** A subscriber ended; no further command is accepted for it. */
public record SubscriberTerminated(SubscriberId subscriberId, TenantId tenantId) implements SubscriberEvent {
}
