package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;

/** A subscriber's fixed address is free for others in the tenant. */
public record StaticIpReleased(SubscriberId subscriberId, TenantId tenantId, Ipv4Address ip) implements SubscriberEvent {
}
