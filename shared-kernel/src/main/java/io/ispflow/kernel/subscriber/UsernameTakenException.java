package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** Another subscriber, of any tenant and in any state, already has this RADIUS username. */
public class UsernameTakenException extends DomainException {

    public UsernameTakenException(Username username) {
        super(ErrorCode.USERNAME_TAKEN, "username " + username + " is taken");
    }
}
