package io.ispflow.command.subscriber;

import io.ispflow.command.pkg.ActivePackage;
import io.ispflow.command.pkg.PackageCatalog;
import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.subscriber.AssignStaticIp;
import io.ispflow.kernel.subscriber.ChangePackage;
import io.ispflow.kernel.subscriber.ChangePassword;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.ExpireSubscription;
import io.ispflow.kernel.subscriber.ForgetSubscriber;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.ReactivateSubscriber;
import io.ispflow.kernel.subscriber.ReleaseStaticIp;
import io.ispflow.kernel.subscriber.RenewSubscription;
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
import io.ispflow.kernel.subscriber.SubscriberTerminatedException;
import io.ispflow.kernel.subscriber.SubscriberType;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.kernel.subscriber.SuspendSubscriber;
import io.ispflow.kernel.subscriber.TerminateSubscriber;
import io.ispflow.kernel.subscriber.UpdateContact;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A subscriber of the ISP, from sign-up to termination. A command that would change nothing
 * succeeds without an event; once terminated, every command but forget is refused. Its username,
 * password and contact reach its events sealed with its own key, which forgetting destroys.
 */
@Aggregate
class Subscriber {

    private enum Status { ACTIVE, SUSPENDED, TERMINATED }

    @AggregateIdentifier
    private SubscriberId id;
    private TenantId tenantId;
    private SubscriberType type;
    private PackageId packageId;
    private SealedValue password;
    private Status status;
    private boolean forgotten;
    private Instant expiresAt;
    private boolean expired;
    private Ipv4Address staticIp;
    private SealedValue contact;

    @CommandHandler
    Subscriber(CreateSubscriber cmd, PackageCatalog packages, UsernameRegistry usernames, StaticIpRegistry staticIps,
               AccountNumbers accountNumbers, Clock clock, PersonalDataVault vault) {
        if (cmd.type() == SubscriberType.STATIC && cmd.staticIp() == null) {
            throw new InvalidValueException("staticIp", "a STATIC subscriber needs a staticIp");
        }
        ActivePackage pkg = packages.requireActive(cmd.tenantId(), cmd.packageId());
        usernames.claim(cmd.username(), cmd.subscriberId());
        if (cmd.staticIp() != null) {
            staticIps.claim(cmd.tenantId(), StaticIps.requireUnicast(cmd.staticIp()), cmd.subscriberId());
        }
        UUID subject = cmd.subscriberId().value();
        SealedValue sealedUsername = vault.seal(subject, cmd.username());
        SealedValue sealedPassword = vault.seal(subject, cmd.password());
        SealedValue sealedContact = vault.seal(subject, Objects.requireNonNullElse(cmd.contact(), Contact.NONE));
        Instant end = Renewal.atSignUp(cmd.expiresAt(), pkg.validityDays(), clock);
        // last: the tenant's other sign-ups wait for this transaction once it holds the tenant's count
        String accountNumber = accountNumbers.next(cmd.tenantId());
        apply(new SubscriberCreated(cmd.subscriberId(), cmd.tenantId(), accountNumber, sealedUsername, sealedPassword, cmd.type(),
                cmd.packageId(), cmd.staticIp(), end, sealedContact));
    }

    @CommandHandler
    void handle(ChangePackage cmd, PackageCatalog packages) {
        requireOpen(cmd.tenantId());
        if (cmd.packageId().equals(packageId)) {
            return;
        }
        packages.requireActive(tenantId, cmd.packageId());
        apply(new SubscriberPackageChanged(id, tenantId, packageId, cmd.packageId()));
    }

    @CommandHandler
    void handle(ChangePassword cmd, PersonalDataVault vault) {
        requireOpen(cmd.tenantId());
        if (!vault.open(id.value(), password, RadiusPassword.class).map(cmd.password()::equals).orElse(false)) {
            apply(new SubscriberPasswordChanged(id, tenantId, vault.seal(id.value(), cmd.password())));
        }
    }

    @CommandHandler
    void handle(SuspendSubscriber cmd) {
        requireOpen(cmd.tenantId());
        String reason = FreeText.requiredLine("reason", cmd.reason(), 200);
        if (status != Status.SUSPENDED) {
            apply(new SubscriberSuspended(id, tenantId, reason));
        }
    }

    @CommandHandler
    void handle(ReactivateSubscriber cmd) {
        requireOpen(cmd.tenantId());
        if (status == Status.SUSPENDED) {
            apply(new SubscriberReactivated(id, tenantId));
        }
    }

    @CommandHandler
    void handle(RenewSubscription cmd, PackageCatalog packages, Clock clock) {
        requireOpen(cmd.tenantId());
        Instant until = Renewal.until(cmd, expiresAt, () -> packages.validityDays(tenantId, packageId), clock);
        if (!until.equals(expiresAt)) {
            apply(new SubscriptionRenewed(id, tenantId, until));
        }
    }

    /** The system's own command: quietly does nothing when a renewal or termination came first. */
    @CommandHandler
    void handle(ExpireSubscription cmd, Clock clock) {
        if (status == Status.TERMINATED || expired || expiresAt == null || expiresAt.isAfter(clock.instant())) {
            return;
        }
        apply(new SubscriptionExpired(id, tenantId, expiresAt));
    }

    @CommandHandler
    void handle(AssignStaticIp cmd, StaticIpRegistry staticIps) {
        requireOpen(cmd.tenantId());
        if (cmd.ip().equals(staticIp)) {
            return;
        }
        staticIps.claim(tenantId, StaticIps.requireUnicast(cmd.ip()), id);
        if (staticIp != null) {
            staticIps.release(tenantId, staticIp);
        }
        apply(new StaticIpAssigned(id, tenantId, cmd.ip()));
    }

    @CommandHandler
    void handle(ReleaseStaticIp cmd, StaticIpRegistry staticIps) {
        requireOpen(cmd.tenantId());
        if (type == SubscriberType.STATIC) {
            throw new InvalidValueException("staticIp", "a STATIC subscriber keeps its staticIp; assign another instead");
        }
        if (staticIp != null) {
            staticIps.release(tenantId, staticIp);
            apply(new StaticIpReleased(id, tenantId, staticIp));
        }
    }

    @CommandHandler
    void handle(UpdateContact cmd, PersonalDataVault vault) {
        requireOpen(cmd.tenantId());
        Contact current = vault.open(id.value(), contact, Contact.class).orElse(Contact.NONE);
        if (!cmd.contact().equals(current)) {
            apply(new SubscriberContactUpdated(id, tenantId, vault.seal(id.value(), cmd.contact())));
        }
    }

    /** The username stays claimed for ever; a fixed address goes back to the tenant. */
    @CommandHandler
    void handle(TerminateSubscriber cmd, StaticIpRegistry staticIps) {
        requireOpen(cmd.tenantId());
        terminate(staticIps);
    }

    /**
     * Terminates first if need be, then destroys the key with the events' transaction, and gives the
     * username back: the claim would otherwise keep it in clear. Forgetting twice records nothing.
     */
    @CommandHandler
    void handle(ForgetSubscriber cmd, StaticIpRegistry staticIps, UsernameRegistry usernames, PersonalDataVault vault,
                Clock clock) {
        requireTenant(cmd.tenantId());
        if (forgotten) {
            return;
        }
        if (status != Status.TERMINATED) {
            terminate(staticIps);
        }
        Instant now = clock.instant();
        vault.forget(id.value(), now);
        usernames.release(id);
        apply(new SubscriberForgotten(id, tenantId, now));
    }

    private void terminate(StaticIpRegistry staticIps) {
        if (staticIp != null) {
            staticIps.release(tenantId, staticIp);
        }
        apply(new SubscriberTerminated(id, tenantId));
    }

    private void requireOpen(TenantId caller) {
        requireTenant(caller);
        if (status == Status.TERMINATED) {
            throw new SubscriberTerminatedException(id);
        }
    }

    private void requireTenant(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new NotFoundException("subscriber " + id);
        }
    }

    @EventSourcingHandler
    void on(SubscriberCreated e) {
        id = e.subscriberId();
        tenantId = e.tenantId();
        type = e.type();
        packageId = e.packageId();
        password = e.password();
        status = Status.ACTIVE;
        expiresAt = e.expiresAt();
        staticIp = e.staticIp();
        contact = e.contact();
    }

    @EventSourcingHandler
    void on(SubscriberPackageChanged e) {
        packageId = e.to();
    }

    @EventSourcingHandler
    void on(SubscriberPasswordChanged e) {
        password = e.password();
    }

    @EventSourcingHandler
    void on(SubscriberSuspended e) {
        status = Status.SUSPENDED;
    }

    @EventSourcingHandler
    void on(SubscriberReactivated e) {
        status = Status.ACTIVE;
    }

    @EventSourcingHandler
    void on(SubscriptionRenewed e) {
        expiresAt = e.expiresAt();
        expired = false;
    }

    @EventSourcingHandler
    void on(SubscriptionExpired e) {
        expired = true;
    }

    @EventSourcingHandler
    void on(StaticIpAssigned e) {
        staticIp = e.ip();
    }

    @EventSourcingHandler
    void on(StaticIpReleased e) {
        staticIp = null;
    }

    @EventSourcingHandler
    void on(SubscriberContactUpdated e) {
        contact = e.contact();
    }

    @EventSourcingHandler
    void on(SubscriberTerminated e) {
        status = Status.TERMINATED;
    }

    @EventSourcingHandler
    void on(SubscriberForgotten e) {
        forgotten = true;
    }

    protected Subscriber() {
    }
}
