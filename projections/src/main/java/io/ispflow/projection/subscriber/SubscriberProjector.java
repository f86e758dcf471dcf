package io.ispflow.projection.subscriber;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberForgotten;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.projection.ProjectionsConfiguration;
import io.ispflow.projection.pkg.PackageNames;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/** Keeps the subscriber list. Packages are projected by the same processor, so their names are there. */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class SubscriberProjector {

    private final SubscriberEntries subscribers;
    private final PackageNames packageNames;
    private final EntityManager entities;
    private final PersonalDataVault vault;

    SubscriberProjector(SubscriberEntries subscribers, EntityManager entities, PersonalDataVault vault) {
        this.subscribers = subscribers;
        this.packageNames = new PackageNames(entities);
        this.entities = entities;
        this.vault = vault;
    }

    /**
     * A forgotten subscriber's details no longer open: a replay lists it without them. Persisted, not
     * saved: the row is new, and a save of an entity with its own id would first look for it.
     */
    @EventHandler
    void on(SubscriberCreated e, @Timestamp Instant at) {
        UUID subject = e.subscriberId().value();
        entities.persist(new SubscriberEntry(e, vault.open(subject, e.username(), Username.class).orElse(null),
                vault.open(subject, e.contact(), Contact.class).orElse(null), packageNames.of(e.packageId().value()),
                at));
    }

    @EventHandler
    void on(SubscriberPackageChanged e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.movedTo(e.to().value(), packageNames.of(e.to().value()), at));
    }

    /** The password is not shown, but the subscriber did change. */
    @EventHandler
    void on(SubscriberPasswordChanged e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.touched(at));
    }

    @EventHandler
    void on(SubscriberSuspended e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.lived(e, at));
    }

    @EventHandler
    void on(SubscriberReactivated e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.lived(e, at));
    }

    @EventHandler
    void on(SubscriptionRenewed e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.lived(e, at));
    }

    @EventHandler
    void on(SubscriptionExpired e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.lived(e, at));
    }

    @EventHandler
    void on(StaticIpAssigned e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.staticIp(e.ip().toString(), at));
    }

    @EventHandler
    void on(StaticIpReleased e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.staticIp(null, at));
    }

    @EventHandler
    void on(SubscriberContactUpdated e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.contact(
                vault.open(e.subscriberId().value(), e.contact(), Contact.class).orElse(null), at));
    }

    @EventHandler
    void on(SubscriberTerminated e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.lived(e, at));
    }

    @EventHandler
    void on(SubscriberForgotten e, @Timestamp Instant at) {
        update(e.subscriberId(), entry -> entry.forgotten(at));
    }

    /** A replay rebuilds the list from the first event. */
    @ResetHandler
    void reset() {
        subscribers.deleteAllInBatch();
    }

    private void update(SubscriberId id, Consumer<SubscriberEntry> change) {
        SubscriberEntry entry = subscribers.findById(id.value())
                .orElseThrow(() -> new IllegalStateException("subscriber " + id + " has events but no row"));
        change.accept(entry);
        subscribers.save(entry);
    }
}
