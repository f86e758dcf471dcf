package io.ispflow.kernel.operator;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** Operators sign in by username alone, so usernames are unique across the installation. */
public class OperatorUsernameTakenException extends DomainException {

    public OperatorUsernameTakenException(String username) {
        super(ErrorCode.OPERATOR_USERNAME_TAKEN, "operator username " + username + " is taken");
    }
}
