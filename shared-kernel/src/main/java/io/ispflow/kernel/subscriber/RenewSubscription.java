package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Extend a subscription: to {@code until}, or by {@code days} from its current end (or from now,
 * if it has ended), or, with neither, by the package's validity.
 */
public record RenewSubscription(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId,
                                Instant until, Integer days) {
}
