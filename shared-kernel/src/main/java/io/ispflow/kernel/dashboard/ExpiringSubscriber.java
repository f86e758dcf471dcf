package io.ispflow.kernel.dashboard;

import java.time.Instant;
import java.util.UUID;

/** A subscriber whose subscription ends soon, with what an operator needs to call them about it. */
public record ExpiringSubscriber(UUID id, String accountNumber, String username, String fullName, String phone,
                                 String packageName, String status, Instant expiresAt) {
}
