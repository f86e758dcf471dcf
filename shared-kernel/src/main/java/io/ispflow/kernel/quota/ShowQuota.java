package io.ispflow.kernel.quota;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberId;

/** Answers the {@link QuotaView} of a subscriber of the tenant, or nothing when the sessions module does not know it yet. */
public record ShowQuota(TenantId tenantId, SubscriberId subscriberId) {
}
