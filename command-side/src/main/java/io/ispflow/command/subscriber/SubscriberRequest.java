package io.ispflow.command.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.Username;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** The body of a subscriber sign-up. */
record SubscriberRequest(@NotBlank String username, @NotNull String password, @NotNull SubscriberType type,
                         @NotNull UUID packageId, String staticIp, Instant expiresAt,
                         String fullName, String phone, String email, String address) {

    CreateSubscriber toCommand(SubscriberId id, TenantId tenantId) {
        return new CreateSubscriber(id, tenantId, new Username(username), new RadiusPassword(password), type,
                PackageId.of(packageId), staticIp == null ? null : Ipv4Address.parse("staticIp", staticIp),
                expiresAt, new Contact(fullName, phone, email, address));
    }
}
