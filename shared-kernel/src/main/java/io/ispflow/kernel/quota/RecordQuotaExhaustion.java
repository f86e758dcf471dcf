package io.ispflow.kernel.quota;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sent by ispflow itself (the quota watcher) when a subscriber's usage in the period that started at
 * {@code periodStart} reached its package's quota and the top-ups the watcher knew of. The subscriber counts its
 * own top-ups instead (one the watcher had not seen yet may keep it within), and ignores the command for another
 * period, or when it is exhausted already in this one.
 *
 * @param quotaMb       the package's quota
 * @param fairUsageRate the package's fair-usage rate, or null: no service
 */
public record RecordQuotaExhaustion(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId,
                                   Instant periodStart, int usedMb, int quotaMb, RateLimit fairUsageRate) {
}
