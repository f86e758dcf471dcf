package io.ispflow.command.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.StaticIpTakenException;
import io.ispflow.kernel.subscriber.SubscriberId;

/** Fixed addresses are unique within a tenant: each belongs to at most one subscriber at a time. */
public interface StaticIpRegistry {

    /**
     * Claims the address for the subscriber, inside the caller's transaction.
     *
     * @throws StaticIpTakenException when another subscriber of the tenant has it
     */
    void claim(TenantId tenantId, Ipv4Address ip, SubscriberId subscriberId);

    void release(TenantId tenantId, Ipv4Address ip);
}
