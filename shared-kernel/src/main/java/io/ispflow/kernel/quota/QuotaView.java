package io.ispflow.kernel.quota;

import java.time.Instant;

/**
 * A subscriber's current subscription period against its package's data quota, in megabytes (10^6 bytes).
 *
 * @param limitMb     the package's quota, null when it has none (UNLIMITED)
 * @param usedMb      both ways, in the period, as the accounting read so far
 * @param topUpMb     the period's top-ups
 * @param periodStart the sign-up or the last renewal
 * @param periodEnd   the subscription's end, null when it has none
 */
public record QuotaView(Integer limitMb, long usedMb, long topUpMb, Instant periodStart, Instant periodEnd,
                        QuotaState state) {
}
