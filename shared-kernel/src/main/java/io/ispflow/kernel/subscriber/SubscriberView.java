package io.ispflow.kernel.subscriber;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscriber as the admin app shows it; the password is never part of it, and a forgotten
 * subscriber has no username or contact.
 */
public record SubscriberView(UUID id, String accountNumber, String username, String type, UUID packageId,
                             String packageName, String status, Instant expiresAt, String staticIp,
                             String fullName, String phone, String email, String address,
                             Instant createdAt, Instant updatedAt) {
}
