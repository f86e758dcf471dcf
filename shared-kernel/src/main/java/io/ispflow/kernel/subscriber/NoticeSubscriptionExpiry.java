package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;

/**
 * Sent by ispflow itself when a subscription ends within {@code notice}: records a {@link SubscriptionExpiryNoticed}
 * once per end, and nothing when the end is further off, has passed, or was noticed already.
 */
public record NoticeSubscriptionExpiry(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId,
                                         Duration notice) {
}
