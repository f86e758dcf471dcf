package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.kernel.subscriber.UsernameTakenException;

/** RADIUS usernames are one namespace across every tenant: each belongs to one subscriber, forever. */
public interface UsernameRegistry {

    /**
     * Claims the username for the subscriber, inside the caller's transaction.
     *
     * @throws UsernameTakenException when any subscriber ever had it
     */
    void claim(Username username, SubscriberId subscriberId);
}
