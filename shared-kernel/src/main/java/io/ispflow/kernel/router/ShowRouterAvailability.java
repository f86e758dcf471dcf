package io.ispflow.kernel.router;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;

import java.time.Duration;
import java.time.Instant;

/**
 * Answers an {@code Optional<RouterAvailability>} over {@code [from, to)}, a window of at most
 * {@link #LONGEST_WINDOW} between 1970 and 9999 (answered up to now at the latest): empty when the tenant has no such router.
 */
public record ShowRouterAvailability(TenantId tenantId, RouterId routerId, Instant from, Instant to) {

    public static final Duration LONGEST_WINDOW = Duration.ofDays(366);
    /** The years the databases hold an instant in, with room to spare. */
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public ShowRouterAvailability {
        requireHeld("from", from);
        requireHeld("to", to);
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "from must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            throw new InvalidValueException("to", "the window must be at most 366 days");
        }
    }

    private static void requireHeld(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidValueException(field, field + " must lie between 1970-01-01 and 9999-12-31");
        }
    }
}
