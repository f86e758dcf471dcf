package io.ispflow.sessions.control;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.sessioncontrol.ControlOutcome;
import io.ispflow.kernel.subscriber.SubscriberDisconnectRequested;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherRevoked;
import io.ispflow.sessions.OpenSession;
import io.ispflow.sessions.OpenSessions;
import io.ispflow.sessions.PackageMembersOnline;
import io.ispflow.sessions.VoucherSessions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Makes a change reach the sessions already open (RFC 5176): what ends a subscriber's right to its session
 * ends the session with a Disconnect-Request, and a change of package changes the session's rate with a
 * CoA-Request; so does a quota used up (the fair-usage rate, or a Disconnect without one) and restored. Each
 * request is recorded in the processor's transaction, keyed by the event, before it is sent after the commit: an event handled again sends nothing twice. A replay would send old changes to
 * today's sessions, so the processor refuses a reset, and it starts at the head (see
 * {@link SessionControlProcessing}).
 * <p>
 * A voucher that expires or is revoked loses its sessions the same way. A batch's revocation records a
 * {@code VoucherRevoked} for each voucher it ends, so {@code VoucherBatchRevoked} itself sends nothing.
 * <p>
 * A package whose rate or session timeout changed sends the same CoA-Request to each open session of its
 * members. Not handled: {@code SubscriberForgotten}, because forgetting terminates first, in the same
 * command, and the termination disconnects.
 */
@Component
@ProcessingGroup(SessionControlProcessing.PROCESSING_GROUP)
@DisallowReplay
class SessionControlPolicy {

    private final OpenSessions openSessions;
    private final VoucherSessions voucherSessions;
    private final PackageMembersOnline members;
    private final ControlLog log;
    private final ControlSender sender;
    private final PackageTermsNow packages;
    private final ControlMetrics metrics;

    SessionControlPolicy(OpenSessions openSessions, VoucherSessions voucherSessions, PackageMembersOnline members,
                         ControlLog log, ControlSender sender, PackageTermsNow packages, ControlMetrics metrics) {
        this.openSessions = openSessions;
        this.voucherSessions = voucherSessions;
        this.members = members;
        this.log = log;
        this.sender = sender;
        this.packages = packages;
        this.metrics = metrics;
    }

    @EventHandler
    void on(SubscriberSuspended event, EventMessage<?> message) {
        disconnect(event.subscriberId(), event.tenantId(), message);
    }

    @EventHandler
    void on(SubscriberTerminated event, EventMessage<?> message) {
        disconnect(event.subscriberId(), event.tenantId(), message);
    }

    @EventHandler
    void on(SubscriptionExpired event, EventMessage<?> message) {
        disconnect(event.subscriberId(), event.tenantId(), message);
    }

    /** A session outlives a password only until the subscriber logs in again with the new one. */
    @EventHandler
    void on(SubscriberPasswordChanged event, EventMessage<?> message) {
        disconnect(event.subscriberId(), event.tenantId(), message);
    }

    @EventHandler
    void on(SubscriberDisconnectRequested event, EventMessage<?> message) {
        disconnect(event.subscriberId(), event.tenantId(), message);
    }

    /** A package with no terms in the event store cannot be: the aggregate accepted it as active. */
    @EventHandler
    void on(SubscriberPackageChanged event, EventMessage<?> message) {
        request(event.subscriberId(), event.tenantId(), ControlKind.COA, termsOf(event.to()), message);
    }

    private CoaTerms termsOf(PackageId packageId) {
        return packages.of(packageId).map(CoaTerms::of).orElseThrow(() ->
                new IllegalStateException("package " + packageId + " has no terms in the event store"));
    }

    /** The fair-usage rate at once; without one, the quota ends the session as a suspension would. */
    @EventHandler
    void on(SubscriberQuotaExhausted event, EventMessage<?> message) {
        if (event.state() == QuotaState.FAIR_USAGE) {
            request(event.subscriberId(), event.tenantId(), ControlKind.COA,
                    new CoaTerms(event.fairUsageRate().mikrotikRateLimit(), null), message);
        } else {
            disconnect(event.subscriberId(), event.tenantId(), message);
        }
    }

    /** Back to the package's rate (a blocked subscriber had no session left: the CoA finds none). */
    @EventHandler
    void on(SubscriberQuotaRestored event, EventMessage<?> message) {
        request(event.subscriberId(), event.tenantId(), ControlKind.COA, termsOf(event.packageId()), message);
    }

    /**
     * New terms for everyone on the package: its members' open sessions get the new rate at once, as a change of
     * package does. A new name or price alone changes nothing in a session, so it sends nothing.
     */
    @EventHandler
    void on(PackageUpdated event, @SequenceNumber long sequenceNumber, EventMessage<?> message) {
        CoaTerms terms = CoaTerms.of(event.terms());
        boolean unchanged = packages.before(event.packageId(), sequenceNumber).map(CoaTerms::of).filter(terms::equals).isPresent();
        if (unchanged) {
            return;
        }
        for (SubscriberId member : members.of(event.packageId())) {
            request(member, event.tenantId(), ControlKind.COA, terms, message);
        }
    }

    @EventHandler
    void on(VoucherExpired event, EventMessage<?> message) {
        disconnect(event.voucherId(), event.tenantId(), message);
    }

    @EventHandler
    void on(VoucherRevoked event, EventMessage<?> message) {
        disconnect(event.voucherId(), event.tenantId(), message);
    }

    private void disconnect(SubscriberId subscriberId, TenantId tenantId, EventMessage<?> message) {
        request(subscriberId, tenantId, ControlKind.DISCONNECT, null, message);
    }

    private void disconnect(VoucherId voucherId, TenantId tenantId, EventMessage<?> message) {
        request(SessionHolder.of(voucherId), voucherSessions.of(voucherId), tenantId, ControlKind.DISCONNECT, null, message);
    }

    private void request(SubscriberId subscriberId, TenantId tenantId, ControlKind kind, CoaTerms terms,
                         EventMessage<?> message) {
        request(SessionHolder.of(subscriberId), openSessions.of(subscriberId), tenantId, kind, terms, message);
    }

    /** Sessions whose router is unknown or decommissioned are left out: nothing is ever sent there. */
    private void request(SessionHolder holder, List<OpenSession> open, TenantId tenantId, ControlKind kind, CoaTerms terms,
                         EventMessage<?> message) {
        List<OpenSession> sessions = open.stream().filter(session -> session.routerId() != null).toList();
        List<Long> pending = log.record(message.getIdentifier(), tenantId, holder, kind,
                message.getPayloadType().getSimpleName(), sessions, terms);
        if (sessions.isEmpty()) {
            metrics.count(kind, ControlOutcome.NO_SESSION);
        }
        if (pending.isEmpty()) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> sender.send(holder.lane(), pending));
        } else {
            sender.send(holder.lane(), pending);
        }
    }
}
