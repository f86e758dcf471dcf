package io.ispflow.kernel.sessioncontrol;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberId;

/** Answers a {@link SessionControlLog}: the CoA and Disconnect requests sent for one of the tenant's subscribers. */
public record ListSessionControl(TenantId tenantId, SubscriberId subscriberId, PageRequest page) {
}
