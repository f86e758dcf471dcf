package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;
import io.ispflow.kernel.voucher.VoucherId;

import java.util.Map;
import java.util.Set;

/**
 * RADIUS usernames are one namespace across every tenant: each belongs to one subscriber until that
 * subscriber is forgotten, or to one voucher (its code) for ever.
 */
public interface UsernameRegistry {

    /**
     * Claims the username for the subscriber, inside the caller's transaction.
     *
     * @throws UsernameTakenException when another subscriber has it, terminated or not
     */
    void claim(Username username, SubscriberId subscriberId);

    /**
     * Claims each voucher's code as its user name, inside the caller's transaction, all in one go.
     *
     * @return the vouchers whose code was taken (by a subscriber, another voucher or an earlier entry of {@code codes})
     */
    Set<VoucherId> claimCodes(Map<VoucherId, Username> codes);

    /** Gives a forgotten subscriber's username back, inside the caller's transaction. */
    void release(SubscriberId subscriberId);
}
