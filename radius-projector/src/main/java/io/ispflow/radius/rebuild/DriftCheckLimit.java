package io.ispflow.radius.rebuild;

import io.ispflow.kernel.RateLimitedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many drift checks may start in any hour in this process: each one replays every event of
 * every tenant, so one more than the limit is refused with RATE_LIMITED and the seconds until a
 * check leaves the window.
 */
public final class DriftCheckLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    /** The command line's check, which an administrator runs on purpose with the radius role stopped. */
    static final DriftCheckLimit NONE = new DriftCheckLimit(Integer.MAX_VALUE, Clock.systemUTC());

    private final int perHour;
    private final Clock clock;
    private final Deque<Instant> started = new ArrayDeque<>();

    public DriftCheckLimit(int perHour, Clock clock) {
        if (perHour < 1) {
            throw new IllegalArgumentException("ispflow.ops.drift-checks-per-hour must be at least 1, not " + perHour);
        }
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts a check that starts now, or throws RATE_LIMITED when the hour's checks have all started. */
    synchronized void take() {
        Instant now = clock.instant();
        while (!started.isEmpty() && !started.peekFirst().plus(WINDOW).isAfter(now)) {
            started.removeFirst();
        }
        if (started.size() >= perHour) {
            long seconds = Math.max(1, Duration.between(now, started.peekFirst().plus(WINDOW)).toSeconds() + 1);
            throw new RateLimitedException("at most " + perHour + " drift checks an hour; retry after " + seconds + " s", seconds);
        }
        started.addLast(now);
    }
}
