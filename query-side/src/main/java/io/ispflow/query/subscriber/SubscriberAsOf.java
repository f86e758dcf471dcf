package io.ispflow.query.subscriber;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscriber as it stood at {@code at}, rebuilt from its events; never the password. {@code erased}:
 * the subscriber was forgotten since, so its username and contact show as null.
 */
record SubscriberAsOf(Instant at, UUID id, String accountNumber, String username, String type, UUID packageId,
                      String status, String suspensionReason, Instant expiresAt, String staticIp, String fullName,
                      String phone, String email, String address, Instant createdAt, Instant changedAt,
                      long version, boolean erased) {
}
