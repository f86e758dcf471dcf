package io.ispflow.command.subscriber;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.subscriber.RenewSubscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** When a subscription ends after a sign-up or a renewal. */
final class Renewal {

    static final int MAX_DAYS = 3660;

    private Renewal() {
    }

    /**
     * An explicit end wins; days count from the current end, or from now when it has passed (a
     * late payer does not pay for the days without service); with neither, the package's validity.
     */
    static Instant until(RenewSubscription cmd, Instant currentEnd, Supplier<Integer> packageValidityDays, Clock clock) {
        if (cmd.until() != null && cmd.days() != null) {
            throw new InvalidValueException("until", "give either until or days, not both");
        }
        if (cmd.until() != null) {
            if (!cmd.until().isAfter(clock.instant())) {
                throw new InvalidValueException("until", "until must be in the future");
            }
            return cmd.until();
        }
        Integer days = cmd.days() != null ? cmd.days() : packageValidityDays.get();
        if (days == null) {
            throw new InvalidValueException("days", "the package has no validity; give until or days");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException("days", "days must be between 1 and " + MAX_DAYS);
        }
        return byValidity(currentEnd, days, clock);
    }

    /** The end of a subscription that runs {@code days} more; null days means no end. */
    static Instant byValidity(Instant currentEnd, Integer days, Clock clock) {
        if (days == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant from = currentEnd != null && currentEnd.isAfter(now) ? currentEnd : now;
        return from.plus(Duration.ofDays(days));
    }
}
