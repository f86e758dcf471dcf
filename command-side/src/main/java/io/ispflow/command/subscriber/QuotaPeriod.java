package io.ispflow.command.subscriber;

import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.RecordQuotaExhaustion;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;

import java.time.Instant;

/**
 * A subscriber's data allowance in its current subscription period, which starts at sign-up and at each renewal:
 * the period's top-ups and, once the quota is used up, the usage and allowance that exhausted it. Usage itself is
 * the sessions' to count; the quota watcher reports the crossing.
 *
 * @param exhaustedAs null while within the allowance, else FAIR_USAGE or BLOCKED
 */
record QuotaPeriod(Instant start, long topUpMb, QuotaState exhaustedAs, long usedMb, long allowanceMb) {

    static QuotaPeriod startingAt(Instant start) {
        return new QuotaPeriod(start, 0, null, 0, 0);
    }

    boolean exhausted() {
        return exhaustedAs != null;
    }

    /** The period's quota and its top-ups as the subscriber counts them; an event holds at most an int's worth. */
    int allowanceWith(int quotaMb) {
        return (int) Math.min(Integer.MAX_VALUE, quotaMb + topUpMb);
    }

    /** The watcher's report counts only for this period, once, and only if usage reached the allowance. */
    boolean exhaustedBy(RecordQuotaExhaustion report) {
        return !exhausted() && report.periodStart().equals(start) && report.usedMb() >= allowanceWith(report.quotaMb());
    }

    /** An exhausted allowance raised above the usage that exhausted it gives the package's rate back. */
    boolean restoredByTopUps() {
        return exhausted() && allowanceMb > usedMb;
    }

    QuotaPeriod toppedUp(long mb) {
        return new QuotaPeriod(start, topUpMb + mb, exhaustedAs, usedMb, exhausted() ? allowanceMb + mb : allowanceMb);
    }

    QuotaPeriod exhausted(SubscriberQuotaExhausted e) {
        return new QuotaPeriod(start, topUpMb, e.state(), e.usedMb(), e.allowanceMb());
    }

    QuotaPeriod restored() {
        return new QuotaPeriod(start, topUpMb, null, 0, 0);
    }
}
