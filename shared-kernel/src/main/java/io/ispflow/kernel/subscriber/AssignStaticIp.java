package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a subscriber a fixed address, unique within the tenant. */
public record AssignStaticIp(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, Ipv4Address ip) {
}
