package io.ispflow.kernel.session;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Answers a {@link UsageReport} of a subscriber's daily usage from {@code from} to {@code to}, both
 * included, at most {@value #MAX_DAYS} days.
 */
public record ShowUsage(TenantId tenantId, SubscriberId subscriberId, LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public ShowUsage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidValueException("from", "from must be on or before to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidValueException("to", "from and to must be at most " + MAX_DAYS + " days apart");
        }
    }
}
