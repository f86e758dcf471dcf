package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

/** Answers a {@link SubscriberList} of the tenant's subscribers, by username. */
public record ListSubscribers(TenantId tenantId, PageRequest page) {
}
