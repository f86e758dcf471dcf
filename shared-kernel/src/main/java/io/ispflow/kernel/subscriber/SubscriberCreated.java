package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A subscriber signed up. {@code username} (a {@link Username}), {@code password} (a
 * {@link RadiusPassword}) and {@code contact} (a {@link Contact}) are sealed with the subscriber's
 * key. {@code expiresAt} is null for a subscription without end; {@code staticIp} is null unless the
 * subscriber has a fixed address.
 */
@Revision("2")
public record SubscriberCreated(SubscriberId subscriberId, TenantId tenantId, String accountNumber,
                                SealedValue username, SealedValue password, SubscriberType type,
                                PackageId packageId, Ipv4Address staticIp, Instant expiresAt, SealedValue contact) implements SubscriberEvent {
}
