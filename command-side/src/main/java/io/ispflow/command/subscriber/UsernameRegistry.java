package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;

/**
 * RADIUS usernames are one namespace across every tenant: each belongs to one subscriber until that
 * subscriber is forgotten.
 */
public interface UsernameRegistry {

    /**
     * Claims the username for the subscriber, inside the caller's transaction.
     *
     * @throws UsernameTakenException when another subscriber has it, terminated or not
     */
    void claim(Username username, SubscriberId subscriberId);

    /** Gives a forgotten subscriber's username back, inside the caller's transaction. */
    void release(SubscriberId subscriberId);
}
