package io.ispflow.command.subscriber;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.subscriber.RenewSubscription;
import io.ispflow.kernel.subscriber.SubscriptionTerm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** When a subscription ends after a sign-up or a renewal, always within {@link SubscriptionTerm}'s bounds. */
final class Renewal {

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
            return SubscriptionTerm.requireEnd("until", cmd.until(), clock.instant());
        }
        Integer days = cmd.days() != null ? cmd.days() : packageValidityDays.get();
        if (days == null) {
            throw new InvalidValueException("days", "the package has no validity; give until or days");
        }
        return SubscriptionTerm.requireEnd("days", byValidity(currentEnd, SubscriptionTerm.requireDays("days", days), clock),
                clock.instant());
    }

    /**
     * A new subscription's end: the one given, which may have passed already (a subscriber moved from
     * another system), else the package's validity from now, else none. A package stored before validity
     * had a bound may run too long: it takes no sign-up until its validity is set anew.
     */
    static Instant atSignUp(Instant expiresAt, Integer packageValidityDays, Clock clock) {
        if (expiresAt != null) {
            return SubscriptionTerm.requireEnd("expiresAt", expiresAt, clock.instant());
        }
        Instant end = byValidity(null, packageValidityDays, clock);
        return end == null ? null : SubscriptionTerm.requireEnd("packageId", end, clock.instant());
    }

    /** The end of a subscription that runs {@code days} more; null days means no end. */
    private static Instant byValidity(Instant currentEnd, Integer days, Clock clock) {
        if (days == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant from = currentEnd != null && currentEnd.isAfter(now) ? currentEnd : now;
        return from.plus(Duration.ofDays(days));
    }
}
