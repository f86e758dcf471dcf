package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.quota.QuotaView;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscriber as the admin app shows it; the password is never part of it, and a forgotten
 * subscriber has no username or contact. {@code quota} is given by {@code GET /subscribers/{id}} only (null in
 * lists, and while the sessions module does not know the subscriber yet).
 */
public record SubscriberView(UUID id, String accountNumber, String username, String type, UUID packageId,
                             String packageName, String status, Instant expiresAt, String staticIp,
                             String fullName, String phone, String email, String address,
                             Instant createdAt, Instant updatedAt, QuotaView quota) {

    public SubscriberView withQuota(QuotaView quota) {
        return new SubscriberView(id, accountNumber, username, type, packageId, packageName, status, expiresAt, staticIp,
                fullName, phone, email, address, createdAt, updatedAt, quota);
    }
}
