package io.ispflow.sessions.control;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.voucher.VoucherId;

import java.util.UUID;

/** Whose sessions a request is about: a subscriber's or a voucher's, exactly one of the two. */
record SessionHolder(SubscriberId subscriberId, VoucherId voucherId) {

    SessionHolder {
        if ((subscriberId == null) == (voucherId == null)) {
            throw new IllegalArgumentException("sessions are a subscriber's or a voucher's");
        }
    }

    static SessionHolder of(SubscriberId subscriberId) {
        return new SessionHolder(subscriberId, null);
    }

    static SessionHolder of(VoucherId voucherId) {
        return new SessionHolder(null, voucherId);
    }

    UUID subscriberUuid() {
        return subscriberId == null ? null : subscriberId.value();
    }

    UUID voucherUuid() {
        return voucherId == null ? null : voucherId.value();
    }

    /** Keeps a holder's requests in one lane of the sender, so they leave in the order of its events. */
    Object lane() {
        return subscriberId != null ? subscriberId : voucherId;
    }
}
