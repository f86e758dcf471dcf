package io.ispflow.kernel.router;

import java.time.Instant;
import java.util.UUID;

/** A router's latest sign of life (heartbeat or accounting) and its latest heartbeat's report, reported at {@code reportedAt}. */
public record RouterPulse(UUID routerId, Instant lastSeenAt, Instant reportedAt, RouterReport lastReport) {
}
