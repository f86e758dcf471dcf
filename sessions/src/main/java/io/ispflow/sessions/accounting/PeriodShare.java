package io.ispflow.sessions.accounting;

import java.time.Duration;
import java.time.Instant;

/**
 * The quota's rule, the daily usage's rule applied to a subscription period: bytes used between two reports count
 * in the period in proportion to the time after its start, so a session that spans a renewal counts its bytes
 * before it in the old period and the rest in the new one. Bytes with no time before them, or after more than
 * {@link DaySplit#LONGEST}, count at the report, as on the days.
 */
final class PeriodShare {

    private PeriodShare() {
    }

    static long of(long bytes, Instant from, Instant to, Instant periodStart) {
        if (!to.isAfter(periodStart)) {
            return 0;
        }
        if (!from.isBefore(periodStart) || Duration.between(from, to).compareTo(DaySplit.LONGEST) > 0) {
            return bytes;
        }
        return DaySplit.share(bytes, Duration.between(periodStart, to).toMillis(), Duration.between(from, to).toMillis());
    }
}
