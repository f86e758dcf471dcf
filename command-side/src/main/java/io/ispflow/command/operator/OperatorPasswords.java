package io.ispflow.command.operator;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.operator.PasswordHash;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Turns an operator's chosen password into its hash at the edge: the plain text never enters a command, an event or a log. */
@Component
public class OperatorPasswords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final PasswordEncoder encoder;

    OperatorPasswords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    public PasswordHash hash(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, field + " must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return new PasswordHash(encoder.encode(password));
    }
}
