package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sign up a subscriber on a package. {@code staticIp} is required for STATIC subscribers;
 * {@code expiresAt} null means the package's validity from now, or no end if it has none; the contact,
 * if any, must be {@linkplain Contact#storable() storable}.
 */
public record CreateSubscriber(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId,
                               Username username, RadiusPassword password, SubscriberType type,
                               PackageId packageId, Ipv4Address staticIp, Instant expiresAt, Contact contact) {

    public CreateSubscriber {
        contact = contact == null ? null : contact.storable();
    }
}
