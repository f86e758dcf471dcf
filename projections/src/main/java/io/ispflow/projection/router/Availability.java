package io.ispflow.projection.router;

import io.ispflow.kernel.router.RouterAvailability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Availability over {@code [from, to)} from a router's transitions (the last one before the window, then those in
 * it, in order): time ONLINE over time ONLINE or OFFLINE; time before the first sign of life is not counted.
 */
final class Availability {

    private Availability() {
    }

    static RouterAvailability of(List<RouterTransitions.Transition> transitions, Instant from, Instant to) {
        Boolean online = null;
        Instant cursor = from;
        Instant outageFrom = null;
        long measured = 0;
        long up = 0;
        List<RouterAvailability.Outage> outages = new ArrayList<>();
        for (RouterTransitions.Transition next : transitions) {
            Instant at = next.at().isBefore(from) ? from : next.at();
            long span = Duration.between(cursor, at).toMillis();
            if (online != null) {
                measured += span;
                up += online ? span : 0;
            }
            if (!next.online() && outageFrom == null) {
                outageFrom = at;
            } else if (next.online() && outageFrom != null) {
                outages.add(new RouterAvailability.Outage(outageFrom, at));
                outageFrom = null;
            }
            online = next.online();
            cursor = at;
        }
        if (online != null) {
            long span = Duration.between(cursor, to).toMillis();
            measured += span;
            up += online ? span : 0;
        }
        if (outageFrom != null) {
            outages.add(new RouterAvailability.Outage(outageFrom, null));
        }
        return new RouterAvailability(from, to, measured == 0 ? null : percent(up, measured), outages);
    }

    private static double percent(long part, long whole) {
        return BigDecimal.valueOf(100.0 * part / whole).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
