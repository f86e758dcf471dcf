package io.ispflow.kernel.router;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;

import java.time.Duration;
import java.time.Instant;

/**
 * Answers an {@code Optional<RouterAvailability>} over {@code [from, to)}, a window of at most
 * {@link #LONGEST_WINDOW} ending now at the latest: empty when the tenant has no such router.
 */
public record ShowRouterAvailability(TenantId tenantId, RouterId routerId, Instant from, Instant to) {

    public static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    public ShowRouterAvailability {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "from must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            throw new InvalidValueException("to", "the window must be at most 366 days");
        }
    }
}
