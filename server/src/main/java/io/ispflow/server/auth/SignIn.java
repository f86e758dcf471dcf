package io.ispflow.server.auth;

import io.ispflow.command.operator.OperatorAccount;
import io.ispflow.command.operator.OperatorAccounts;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.RateLimitedException;
import io.ispflow.server.ratelimit.RateLimits;
import io.ispflow.server.web.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * An operator's sign-in: within the rate limits, the password checked against the stored hash, an
 * active tenant; then a session starts. No aggregate's rule: it changes nothing in the history but,
 * now and then, the hash's strength.
 */
@Component
class SignIn {

    /** Hashed once so that an unknown username costs as much as a wrong password. */
    private final String decoyHash;

    private final OperatorAccounts accounts;
    private final PasswordEncoder passwords;
    private final SignInSessions sessions;
    private final RateLimits limits;
    private final SignInFailures failures;
    /** Only where the command role runs; elsewhere a hash is renewed at a later sign-in there. */
    private final ObjectProvider<PasswordRehashing> rehashing;

    SignIn(OperatorAccounts accounts, PasswordEncoder passwords, SignInSessions sessions, RateLimits limits,
           SignInFailures failures, ObjectProvider<PasswordRehashing> rehashing) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.limits = limits;
        this.failures = failures;
        this.rehashing = rehashing;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** {@code request}: the sign-in's own, whose address the limits count and which the operator's acts then name. */
    AccessTokens.TokenPair signIn(String username, String password, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        try {
            limits.requireSignInAllowed(address, username);
        } catch (RateLimitedException e) {
            failures.record("rate-limited");
            throw e;
        }
        var account = accounts.byUsername(username);
        boolean matches = passwords.matches(password, account.map(OperatorAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            limits.signInFailed(address, username);
            failures.record("wrong-credentials");
            throw new DomainException(ErrorCode.AUTH_INVALID, "wrong username or password");
        }
        limits.signedIn(address, username);
        if (!account.get().tenantActive()) {
            failures.record("tenant-suspended");
            throw new DomainException(ErrorCode.FORBIDDEN, "the tenant is suspended");
        }
        // the operator has proved who they are: a renewed hash is recorded as their own act
        RequestContext.authenticate(request, account.get().actor());
        rehashing.ifAvailable(rehash -> rehash.ifOutdated(account.get(), password));
        return sessions.start(account.get());
    }
}
