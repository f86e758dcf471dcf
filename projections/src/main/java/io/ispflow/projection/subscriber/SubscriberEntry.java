package io.ispflow.projection.subscriber;

import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberEvent;
import io.ispflow.kernel.subscriber.SubscriberLife;
import io.ispflow.kernel.subscriber.SubscriberView;
import io.ispflow.kernel.subscriber.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of the subscriber list, with its package's name copied in for display. */
@Entity
@Table(name = "subscriber_view")
class SubscriberEntry {

    @Id
    private UUID id;
    private UUID tenantId;
    private String accountNumber;
    private String username;
    private String type;
    private UUID packageId;
    private String packageName;
    private String status;
    private boolean suspended;
    private boolean expired;
    private boolean terminated;
    private Instant expiresAt;
    private String staticIp;
    private String fullName;
    private String phone;
    private String email;
    private String address;
    private Instant createdAt;
    private Instant updatedAt;

    /** {@code username} and {@code contact} are null when the subscriber was forgotten. */
    SubscriberEntry(SubscriberCreated e, Username username, Contact contact, String packageName, Instant at) {
        id = e.subscriberId().value();
        tenantId = e.tenantId().value();
        accountNumber = e.accountNumber();
        this.username = username == null ? null : username.value();
        type = e.type().name();
        packageId = e.packageId().value();
        this.packageName = packageName;
        lived(SubscriberLife.signedUp(e));
        staticIp = e.staticIp() == null ? null : e.staticIp().toString();
        contact(contact, at);
        createdAt = at;
    }

    void movedTo(UUID packageId, String packageName, Instant at) {
        this.packageId = packageId;
        this.packageName = packageName;
        updatedAt = at;
    }

    /** Suspension, expiry, renewal and termination: the status shown is {@link SubscriberLife}'s. */
    void lived(SubscriberEvent event, Instant at) {
        lived(new SubscriberLife(expiresAt, suspended, expired, terminated).after(event));
        updatedAt = at;
    }

    private void lived(SubscriberLife life) {
        expiresAt = life.expiresAt();
        suspended = life.suspended();
        expired = life.expired();
        terminated = life.terminated();
        status = life.status().name();
    }

    void staticIp(String staticIp, Instant at) {
        this.staticIp = staticIp;
        updatedAt = at;
    }

    void contact(Contact contact, Instant at) {
        Contact shown = contact == null ? Contact.NONE : contact;
        fullName = shown.fullName();
        phone = shown.phone();
        email = shown.email();
        address = shown.address();
        updatedAt = at;
    }

    /** Nothing personal stays: what the subscriber's key protected is gone from the list too. */
    void forgotten(Instant at) {
        username = null;
        contact(null, at);
    }

    void touched(Instant at) {
        updatedAt = at;
    }

    SubscriberView view() {
        return new SubscriberView(id, accountNumber, username, type, packageId, packageName, status, expiresAt,
                staticIp, fullName, phone, email, address, createdAt, updatedAt, null);
    }

    protected SubscriberEntry() {
    }
}
