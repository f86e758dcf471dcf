package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;

import java.time.Instant;

/**
 * A subscriber signed up. {@code expiresAt} is null for a subscription without end;
 * {@code staticIp} is null unless the subscriber has a fixed address.
 */
public record SubscriberCreated(SubscriberId subscriberId, TenantId tenantId, String accountNumber,
                                Username username, RadiusPassword password, SubscriberType type,
                                PackageId packageId, Ipv4Address staticIp, Instant expiresAt, Contact contact) {
}
