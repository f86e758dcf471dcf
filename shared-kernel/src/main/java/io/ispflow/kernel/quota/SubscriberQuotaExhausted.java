package io.ispflow.kernel.quota;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.subscriber.SubscriberEvent;
import io.ispflow.kernel.subscriber.SubscriberId;

import java.time.Instant;

/**
 * The subscriber used up its allowance of the period that started at {@code periodStart}: {@code usedMb} is the
 * usage that triggered it, {@code allowanceMb} the quota and top-ups it reached. {@code state} is
 * {@link QuotaState#FAIR_USAGE} (at {@code fairUsageRate}) or {@link QuotaState#BLOCKED} (no rate).
 */
public record SubscriberQuotaExhausted(SubscriberId subscriberId, TenantId tenantId, Instant periodStart, int usedMb,
                                       int allowanceMb, QuotaState state, RateLimit fairUsageRate)
        implements SubscriberEvent {
}
