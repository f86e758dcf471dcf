package io.ispflow.kernel.quota;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.subscriber.SubscriberEvent;
import io.ispflow.kernel.subscriber.SubscriberId;

/** A subscriber whose quota was used up has the rate (and service) of its package, {@code packageId}, back. */
public record SubscriberQuotaRestored(SubscriberId subscriberId, TenantId tenantId, PackageId packageId, QuotaRestoredBy by)
        implements SubscriberEvent {
}
