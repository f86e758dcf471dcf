package io.ispflow.kernel.router;

import java.time.Instant;
import java.util.List;

/**
 * A router's availability over a window, from its {@link RouterCameOnline} and {@link RouterWentOffline} events: an
 * outage runs from the last sign of life before the silence to the next sign of life ({@code to} null while it lasts),
 * clipped to the window. Time before the router's first sign of life is not counted; {@code uptimePercent} is null when
 * none of the window is after it.
 */
public record RouterAvailability(Instant from, Instant to, Double uptimePercent, List<Outage> outages) {

    public record Outage(Instant from, Instant to) {
    }
}
