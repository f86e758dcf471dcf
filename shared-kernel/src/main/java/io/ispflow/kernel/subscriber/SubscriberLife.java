package io.ispflow.kernel.subscriber;

import java.time.Instant;

/**
 * Where a subscriber's life stands after its events: when its subscription ends, and whether it is
 * suspended, expired or terminated (it can be suspended and expired at once). The one statement of
 * the rules every side folds: the aggregate, the subscriber list, the auditor's history and the
 * expiry sweeper ask it instead of keeping flags of their own.
 *
 * @param expiresAt null for a subscription without end
 */
public record SubscriberLife(Instant expiresAt, boolean suspended, boolean expired, boolean terminated) {

    /** Active, ending when the sign-up said. */
    public static SubscriberLife signedUp(SubscriberCreated created) {
        return new SubscriberLife(created.expiresAt(), false, false, false);
    }

    /**
     * The life after one more of the subscriber's events. A renewal sets the new end and undoes an
     * expiry, not a suspension; an event that does not touch the life (a new password, say) leaves it.
     */
    public SubscriberLife after(SubscriberEvent event) {
        if (event instanceof SubscriberCreated created) {
            return signedUp(created);
        } else if (event instanceof SubscriberSuspended) {
            return new SubscriberLife(expiresAt, true, expired, terminated);
        } else if (event instanceof SubscriberReactivated) {
            return new SubscriberLife(expiresAt, false, expired, terminated);
        } else if (event instanceof SubscriptionRenewed renewed) {
            return new SubscriberLife(renewed.expiresAt(), suspended, false, terminated);
        } else if (event instanceof SubscriptionExpired) {
            return new SubscriberLife(expiresAt, suspended, true, terminated);
        } else if (event instanceof SubscriberTerminated) {
            return new SubscriberLife(expiresAt, suspended, expired, true);
        }
        return this;
    }

    /** The one status shown: termination outranks suspension, which outranks expiry. */
    public SubscriberStatus status() {
        if (terminated) {
            return SubscriberStatus.TERMINATED;
        } else if (suspended) {
            return SubscriberStatus.SUSPENDED;
        } else if (expired) {
            return SubscriberStatus.EXPIRED;
        }
        return SubscriberStatus.ACTIVE;
    }

    /** The end still to be recorded as an expiry: none without an end, once expired, or once terminated. */
    public Instant pendingEnd() {
        return terminated || expired ? null : expiresAt;
    }

    /** Whether the pending end has come by {@code now}: time to record the expiry. */
    public boolean endedBy(Instant now) {
        Instant end = pendingEnd();
        return end != null && !end.isAfter(now);
    }
}
