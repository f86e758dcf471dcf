package io.ispflow.kernel.router;

import java.time.Instant;
import java.util.UUID;

/**
 * A router as the admin app lists it; the secrets are never part of it.
 *
 * @param wireguardPublicKey the router's end of the tunnel, null until the router or an operator told it
 */
public record RouterView(UUID id, String name, String site, String description, String tunnelAddress,
                         String status, Instant createdAt, Instant updatedAt, String wireguardPublicKey) {
}
