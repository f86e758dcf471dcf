package io.ispflow.kernel.router;

import java.time.Instant;
import java.util.UUID;

/**
 * A router as the admin app lists it; the secrets are never part of it.
 *
 * @param wireguardPublicKey the router's end of the tunnel, null until the router or an operator told it
 * @param health             a {@link RouterHealth}, from the router's online and offline events
 * @param lastSeenAt         its latest sign of life (heartbeat or accounting), null until it shows one
 * @param lastReport         its latest heartbeat's report, null until it sends one
 * @param lastReportAt       when it sent that heartbeat
 */
public record RouterView(UUID id, String name, String site, String description, String tunnelAddress,
                         String status, Instant createdAt, Instant updatedAt, String wireguardPublicKey,
                         String health, Instant lastSeenAt, RouterReport lastReport, Instant lastReportAt) {

    /** This router with its latest sign of life, which the read model does not hold (heartbeats are not events). */
    public RouterView withPulse(RouterPulse pulse) {
        return new RouterView(id, name, site, description, tunnelAddress, status, createdAt, updatedAt, wireguardPublicKey,
                health, pulse.lastSeenAt(), pulse.lastReport(), pulse.reportedAt());
    }
}
