package io.ispflow.server.auth;

import io.ispflow.command.operator.OperatorAccount;
import io.ispflow.kernel.operator.PasswordHash;
import io.ispflow.kernel.operator.RehashOperatorPassword;
import io.ispflow.server.WithCommandRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Keeps operators' passwords under the current Argon2id parameters: a hash made with weaker ones is
 * replaced when its operator signs in, the one moment the password is at hand, through a command,
 * so that the operator's history records it ({@code OperatorPasswordRehashed}).
 */
@Component
@WithCommandRole
class PasswordRehashing {

    private static final Logger log = LoggerFactory.getLogger(PasswordRehashing.class);

    private final PasswordEncoder encoder;
    private final CommandGateway commands;

    PasswordRehashing(PasswordEncoder encoder, CommandGateway commands) {
        this.encoder = encoder;
        this.commands = commands;
    }

    /** {@code password} has just been checked against the account's hash. */
    void ifOutdated(OperatorAccount account, String password) {
        if (!encoder.upgradeEncoding(account.passwordHash())) {
            return;
        }
        try {
            commands.sendAndWait(new RehashOperatorPassword(account.id(), account.tenantId(),
                    new PasswordHash(account.passwordHash()), new PasswordHash(encoder.encode(password))));
        } catch (RuntimeException e) {
            // the sign-in itself succeeded; the next one tries again
            log.warn("could not store the stronger hash of operator {}'s password", account.id(), e);
        }
    }
}
