package io.ispflow.kernel.dashboard;

import java.time.Instant;
import java.util.List;

/** Subscriptions, terminated ones aside, that end before {@code until}: how many, and the soonest few. */
public record ExpiringSubscriptions(Instant until, long count, List<ExpiringSubscriber> soonest) {
}
