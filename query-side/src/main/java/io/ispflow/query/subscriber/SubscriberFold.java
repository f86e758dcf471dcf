package io.ispflow.query.subscriber;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberEvent;
import io.ispflow.kernel.subscriber.SubscriberLife;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.Username;

import java.time.Instant;
import java.util.UUID;

/**
 * Folds a subscriber's events, oldest first, into its state: the auditor's view, built from the
 * record itself and not from the read model. Its status and end are {@link SubscriberLife}'s, as the
 * read model's are. Personal data opens through the vault, so a forgotten subscriber's shows as
 * erased at every instant.
 */
final class SubscriberFold {

    private final SubscriberCreated created;
    private final PersonalDataVault vault;
    private final UUID subject;
    private final Instant createdAt;
    private UUID packageId;
    private SubscriberLife life;
    private String suspensionReason;
    private String staticIp;
    private SealedValue contact;
    private Instant changedAt;
    private long version;

    SubscriberFold(SubscriberCreated created, Instant at, PersonalDataVault vault) {
        this.created = created;
        this.vault = vault;
        this.subject = created.subscriberId().value();
        this.createdAt = at;
        this.packageId = created.packageId().value();
        this.life = SubscriberLife.signedUp(created);
        this.staticIp = created.staticIp() == null ? null : created.staticIp().toString();
        this.contact = created.contact();
        this.changedAt = at;
    }

    /** Takes in one more event; events that change nothing shown here only move the version. */
    void apply(Object event, Instant at) {
        if (event instanceof SubscriberEvent e) {
            life = life.after(e);
        }
        if (event instanceof SubscriberPackageChanged e) {
            packageId = e.to().value();
        } else if (event instanceof SubscriberSuspended e) {
            suspensionReason = e.reason();
        } else if (event instanceof SubscriberReactivated) {
            suspensionReason = null;
        } else if (event instanceof StaticIpAssigned e) {
            staticIp = e.ip().toString();
        } else if (event instanceof StaticIpReleased) {
            staticIp = null;
        } else if (event instanceof SubscriberContactUpdated e) {
            contact = e.contact();
        }
        changedAt = at;
        version++;
    }

    SubscriberAsOf asOf(Instant at) {
        String username = vault.open(subject, created.username(), Username.class).map(Username::value).orElse(null);
        Contact shown = vault.open(subject, contact, Contact.class).orElse(Contact.NONE);
        return new SubscriberAsOf(at, subject, created.accountNumber(), username, created.type().name(), packageId,
                life.status().name(), suspensionReason, life.expiresAt(), staticIp, shown.fullName(), shown.phone(),
                shown.email(), shown.address(), createdAt, changedAt, version, vault.forgotten(subject));
    }
}
