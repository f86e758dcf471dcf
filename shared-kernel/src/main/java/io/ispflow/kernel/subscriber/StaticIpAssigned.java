package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;

/** A subscriber now always gets this address, replacing any previous one. */
public record StaticIpAssigned(SubscriberId subscriberId, TenantId tenantId, Ipv4Address ip) implements SubscriberEvent {
}
