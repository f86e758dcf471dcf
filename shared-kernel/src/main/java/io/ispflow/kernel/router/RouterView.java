package io.ispflow.kernel.router;

import java.time.Instant;
import java.util.UUID;

/** A router as the admin app lists it; the secret is never part of it. */
public record RouterView(UUID id, String name, String site, String description, String tunnelAddress,
                         String status, Instant createdAt, Instant updatedAt) {
}
