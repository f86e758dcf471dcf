package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.InvalidValueException;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a subscription may run. It is extended by 1 to {@value #MAX_DAYS} days at a time (a
 * package's validity, a renewal's days), and its end, however it was given, lies between 1970-01-01
 * (RADIUS's Expiration counts from there) and {@value #MAX_DAYS} days from now: far inside what the
 * databases and FreeRADIUS can hold, which an end in the year 300000 is not.
 */
public final class SubscriptionTerm {

    /** About ten years. */
    public static final int MAX_DAYS = 3660;

    private SubscriptionTerm() {
    }

    public static int requireDays(String field, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException(field, field + " must be between 1 and " + MAX_DAYS);
        }
        return days;
    }

    /** {@code end} itself, when it lies between 1970-01-01 and {@value #MAX_DAYS} days after {@code now}. */
    public static Instant requireEnd(String field, Instant end, Instant now) {
        if (end.isBefore(Instant.EPOCH) || end.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
            throw new InvalidValueException(field, "a subscription must end between 1970-01-01 and "
                    + MAX_DAYS + " days from now");
        }
        return end;
    }
}
