package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a subscriber's fixed address away; it then gets one from the package's pool. */
public record ReleaseStaticIp(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId) {
}
