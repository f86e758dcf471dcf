package io.ispflow.kernel.quota;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberEvent;
import io.ispflow.kernel.subscriber.SubscriberId;

/** A subscriber whose quota was used up has its package's rate (and service) back. */
public record SubscriberQuotaRestored(SubscriberId subscriberId, TenantId tenantId, QuotaRestoredBy by)
        implements SubscriberEvent {
}
