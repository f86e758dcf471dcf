package io.ispflow.command.subscriber;

import io.ispflow.command.pkg.ActivePackage;
import io.ispflow.command.pkg.PackageCatalog;
import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.quota.QuotaRestoredBy;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.RecordQuotaExhaustion;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
import io.ispflow.kernel.quota.SubscriberQuotaTopUpAdded;
import io.ispflow.kernel.quota.TopUpQuota;
import io.ispflow.kernel.subscriber.AssignStaticIp;
import io.ispflow.kernel.subscriber.ChangePackage;
import io.ispflow.kernel.subscriber.ChangePassword;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.DisconnectSubscriber;
import io.ispflow.kernel.subscriber.ExpireSubscription;
import io.ispflow.kernel.subscriber.ForgetSubscriber;
import io.ispflow.kernel.subscriber.ReactivateSubscriber;
import io.ispflow.kernel.subscriber.ReleaseStaticIp;
import io.ispflow.kernel.subscriber.RenewSubscription;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberDisconnectRequested;
import io.ispflow.kernel.subscriber.SubscriberForgotten;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberLife;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriberTerminatedException;
import io.ispflow.kernel.subscriber.NoticeSubscriptionExpiry;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.subscriber.SubscriptionExpiryNoticed;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.kernel.subscriber.SuspendSubscriber;
import io.ispflow.kernel.subscriber.TerminateSubscriber;
import io.ispflow.kernel.subscriber.UpdateContact;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A subscriber of the ISP, from sign-up to termination. A command that would change nothing
 * succeeds without an event; once terminated, every command but forget is refused. Its rules live
 * with what they are about: its life and status in {@link SubscriberLife}, its term in
 * {@link Renewal}, its fixed address in {@link StaticAddress}, its data allowance in {@link QuotaPeriod}, and
 * what its own key seals (username, password, contact) in {@link SealedDetails}, a key that forgetting destroys.
 */
@Aggregate
class Subscriber {

    @AggregateIdentifier
    private SubscriberId id;
    private TenantId tenantId;
    private PackageId packageId;
    private SubscriberLife life;
    private StaticAddress staticAddress;
    private SealedDetails details;
    private QuotaPeriod quota;
    /** The end a SubscriptionExpiryNoticed was recorded for: each end is noticed once. */
    private Instant expiringNoticed;
    private boolean forgotten;

    @CommandHandler
    Subscriber(CreateSubscriber cmd, PackageCatalog packages, UsernameRegistry usernames, StaticIpRegistry staticIps,
               AccountNumbers accountNumbers, Clock clock, PersonalDataVault vault) {
        StaticAddress.requireFor(cmd.type(), cmd.staticIp());
        ActivePackage pkg = packages.requireActive(cmd.tenantId(), cmd.packageId());
        usernames.claim(cmd.username(), cmd.subscriberId());
        StaticAddress.claim(cmd.staticIp(), cmd.tenantId(), cmd.subscriberId(), staticIps);
        SealedValue username = SealedDetails.username(cmd, vault);
        SealedDetails sealed = SealedDetails.seal(cmd, vault);
        Instant end = Renewal.atSignUp(cmd.expiresAt(), pkg.validityDays(), clock);
        // last: the tenant's other sign-ups wait for this transaction once it holds the tenant's count
        String accountNumber = accountNumbers.next(cmd.tenantId());
        apply(new SubscriberCreated(cmd.subscriberId(), cmd.tenantId(), accountNumber, username, sealed.password(),
                cmd.type(), cmd.packageId(), cmd.staticIp(), end, sealed.contact()));
    }

    @CommandHandler
    void handle(ChangePackage cmd, PackageCatalog packages) {
        requireOpen(cmd.tenantId());
        if (!cmd.packageId().equals(packageId)) {
            packages.requireActive(tenantId, cmd.packageId());
            boolean exhausted = quota.exhausted();
            apply(new SubscriberPackageChanged(id, tenantId, packageId, cmd.packageId()));
            // the new package's quota applies to the period's usage so far: the watcher judges it afresh
            restoreIf(exhausted, QuotaRestoredBy.PACKAGE_CHANGE);
        }
    }

    @CommandHandler
    void handle(ChangePassword cmd, PersonalDataVault vault) {
        requireOpen(cmd.tenantId());
        if (!details.hasPassword(cmd.password(), vault)) {
            apply(new SubscriberPasswordChanged(id, tenantId, details.seal(cmd.password(), vault)));
        }
    }

    @CommandHandler
    void handle(SuspendSubscriber cmd) {
        requireOpen(cmd.tenantId());
        String reason = FreeText.requiredLine("reason", cmd.reason(), 200);
        if (!life.suspended()) {
            apply(new SubscriberSuspended(id, tenantId, reason));
        }
    }

    /**
     * Recorded even when nothing seems online: the accounting may lag behind a login, and the history shows
     * who asked. A terminated subscriber's sessions were ended by its termination.
     */
    @CommandHandler
    void handle(DisconnectSubscriber cmd) {
        requireOpen(cmd.tenantId());
        String reason = FreeText.requiredLine("reason", cmd.reason(), 200);
        apply(new SubscriberDisconnectRequested(id, tenantId, reason));
    }

    @CommandHandler
    void handle(ReactivateSubscriber cmd) {
        requireOpen(cmd.tenantId());
        if (life.suspended()) {
            apply(new SubscriberReactivated(id, tenantId));
        }
    }

    @CommandHandler
    void handle(RenewSubscription cmd, PackageCatalog packages, Clock clock) {
        requireOpen(cmd.tenantId());
        Instant until = Renewal.until(cmd, life.expiresAt(), () -> packages.validityDays(tenantId, packageId), clock);
        if (!until.equals(life.expiresAt())) {
            boolean exhausted = quota.exhausted();
            apply(new SubscriptionRenewed(id, tenantId, until));
            restoreIf(exhausted, QuotaRestoredBy.RENEWAL);
        }
    }

    @CommandHandler
    void handle(TopUpQuota cmd) {
        requireOpen(cmd.tenantId());
        apply(new SubscriberQuotaTopUpAdded(id, tenantId, cmd.mb()));
        restoreIf(quota.restoredByTopUps(), QuotaRestoredBy.TOP_UP);
    }

    /** The quota watcher's report: recorded once a period, and only while the subscriber is open. */
    @CommandHandler
    void handle(RecordQuotaExhaustion cmd) {
        requireTenant(cmd.tenantId());
        if (!life.terminated() && quota.exhaustedBy(cmd)) {
            QuotaState state = cmd.fairUsageRate() == null ? QuotaState.BLOCKED : QuotaState.FAIR_USAGE;
            apply(new SubscriberQuotaExhausted(id, tenantId, cmd.periodStart(), cmd.usedMb(),
                    quota.allowanceWith(cmd.quotaMb()), state, cmd.fairUsageRate()));
        }
    }

    private void restoreIf(boolean restore, QuotaRestoredBy by) {
        if (restore) {
            apply(new SubscriberQuotaRestored(id, tenantId, packageId, by));
        }
    }

    /** The system's own command: quietly does nothing when a renewal or termination came first. */
    @CommandHandler
    void handle(ExpireSubscription cmd, Clock clock) {
        if (life.endedBy(clock.instant())) {
            apply(new SubscriptionExpired(id, tenantId, life.pendingEnd()));
        }
    }

    /** The system's own command: one notice per end, within the notice period before it, and none once it has passed. */
    @CommandHandler
    void handle(NoticeSubscriptionExpiry cmd, Clock clock) {
        Instant end = life.pendingEnd();
        Instant now = clock.instant();
        if (end != null && !end.equals(expiringNoticed) && end.isAfter(now) && !end.minus(cmd.notice()).isAfter(now)) {
            apply(new SubscriptionExpiryNoticed(id, tenantId, end));
        }
    }

    @CommandHandler
    void handle(AssignStaticIp cmd, StaticIpRegistry staticIps) {
        requireOpen(cmd.tenantId());
        if (!staticAddress.holds(cmd.ip())) {
            staticAddress.moveTo(cmd.ip(), tenantId, id, staticIps);
            apply(new StaticIpAssigned(id, tenantId, cmd.ip()));
        }
    }

    @CommandHandler
    void handle(ReleaseStaticIp cmd, StaticIpRegistry staticIps) {
        requireOpen(cmd.tenantId());
        staticAddress.release(tenantId, staticIps).ifPresent(ip -> apply(new StaticIpReleased(id, tenantId, ip)));
    }

    @CommandHandler
    void handle(UpdateContact cmd, PersonalDataVault vault) {
        requireOpen(cmd.tenantId());
        if (!details.hasContact(cmd.contact(), vault)) {
            apply(new SubscriberContactUpdated(id, tenantId, details.seal(cmd.contact(), vault)));
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
        if (!life.terminated()) {
            terminate(staticIps);
        }
        Instant now = clock.instant();
        vault.forget(id.value(), now);
        usernames.release(id);
        apply(new SubscriberForgotten(id, tenantId, now));
    }

    private void terminate(StaticIpRegistry staticIps) {
        staticAddress.giveBack(tenantId, staticIps);
        apply(new SubscriberTerminated(id, tenantId));
    }

    private void requireOpen(TenantId caller) {
        requireTenant(caller);
        if (life.terminated()) {
            throw new SubscriberTerminatedException(id);
        }
    }

    private void requireTenant(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new NotFoundException("subscriber " + id);
        }
    }

    @EventSourcingHandler
    void on(SubscriberCreated e, @Timestamp Instant at) {
        id = e.subscriberId();
        quota = QuotaPeriod.startingAt(at);
        tenantId = e.tenantId();
        packageId = e.packageId();
        life = SubscriberLife.signedUp(e);
        staticAddress = new StaticAddress(e.type(), e.staticIp());
        details = new SealedDetails(e.subscriberId(), e.password(), e.contact());
    }

    @EventSourcingHandler
    void on(SubscriberPackageChanged e) {
        packageId = e.to();
    }

    @EventSourcingHandler
    void on(SubscriberPasswordChanged e) {
        details = details.withPassword(e.password());
    }

    @EventSourcingHandler
    void on(SubscriberSuspended e) {
        life = life.after(e);
    }

    @EventSourcingHandler
    void on(SubscriberReactivated e) {
        life = life.after(e);
    }

    /** A renewal starts a new period: no top-ups, nothing used up. */
    @EventSourcingHandler
    void on(SubscriptionRenewed e, @Timestamp Instant at) {
        life = life.after(e);
        quota = QuotaPeriod.startingAt(at);
    }

    @EventSourcingHandler
    void on(SubscriberQuotaTopUpAdded e) {
        quota = quota.toppedUp(e.mb());
    }

    @EventSourcingHandler
    void on(SubscriberQuotaExhausted e) {
        quota = quota.exhausted(e);
    }

    @EventSourcingHandler
    void on(SubscriberQuotaRestored e) {
        quota = quota.restored();
    }

    @EventSourcingHandler
    void on(SubscriptionExpiryNoticed e) {
        expiringNoticed = e.expiresAt();
    }

    @EventSourcingHandler
    void on(SubscriptionExpired e) {
        life = life.after(e);
    }

    @EventSourcingHandler
    void on(SubscriberTerminated e) {
        life = life.after(e);
    }

    @EventSourcingHandler
    void on(StaticIpAssigned e) {
        staticAddress = staticAddress.assigned(e.ip());
    }

    @EventSourcingHandler
    void on(StaticIpReleased e) {
        staticAddress = staticAddress.released();
    }

    @EventSourcingHandler
    void on(SubscriberContactUpdated e) {
        details = details.withContact(e.contact());
    }

    @EventSourcingHandler
    void on(SubscriberForgotten e) {
        forgotten = true;
    }

    protected Subscriber() {
    }
}
