package io.ispflow.command.subscriber;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.SubscriberId;

import java.util.Objects;
import java.util.UUID;

/**
 * What the subscriber's own key seals in its events: username, password and contact. A new password
 * or contact is worth an event only when it differs from what the key opens now; once the key is
 * destroyed, nothing opens and any value is new.
 */
record SealedDetails(SubscriberId subscriber, SealedValue password, SealedValue contact) {

    /** A sign-up's details, sealed with the new subscriber's key; no contact is an empty one. */
    static SealedDetails seal(CreateSubscriber cmd, PersonalDataVault vault) {
        UUID subject = cmd.subscriberId().value();
        return new SealedDetails(cmd.subscriberId(), vault.seal(subject, cmd.password()),
                vault.seal(subject, Objects.requireNonNullElse(cmd.contact(), Contact.NONE)));
    }

    static SealedValue username(CreateSubscriber cmd, PersonalDataVault vault) {
        return vault.seal(cmd.subscriberId().value(), cmd.username());
    }

    boolean hasPassword(RadiusPassword other, PersonalDataVault vault) {
        return vault.open(subscriber.value(), password, RadiusPassword.class).map(other::equals).orElse(false);
    }

    boolean hasContact(Contact other, PersonalDataVault vault) {
        return other.equals(vault.open(subscriber.value(), contact, Contact.class).orElse(Contact.NONE));
    }

    SealedValue seal(Object value, PersonalDataVault vault) {
        return vault.seal(subscriber.value(), value);
    }

    SealedDetails withPassword(SealedValue newPassword) {
        return new SealedDetails(subscriber, newPassword, contact);
    }

    SealedDetails withContact(SealedValue newContact) {
        return new SealedDetails(subscriber, password, newContact);
    }
}
