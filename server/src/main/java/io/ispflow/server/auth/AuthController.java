package io.ispflow.server.auth;

import io.ispflow.command.operator.OperatorAccount;
import io.ispflow.command.operator.OperatorAccounts;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.RateLimitedException;
import io.ispflow.server.ratelimit.RateLimits;
import io.ispflow.server.web.RequestContext;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Sign-in, token refresh and sign-out for operators of the admin app. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    /** Hashed once so that an unknown username costs as much as a wrong password. */
    private final String decoyHash;

    private final OperatorAccounts accounts;
    private final PasswordEncoder passwords;
    private final SignInSessions sessions;
    private final RateLimits limits;
    private final SignInFailures failures;
    /** Only where the command role runs; elsewhere a hash is renewed at a later sign-in there. */
    private final ObjectProvider<PasswordRehashing> rehashing;

    AuthController(OperatorAccounts accounts, PasswordEncoder passwords, SignInSessions sessions, RateLimits limits,
                   SignInFailures failures, ObjectProvider<PasswordRehashing> rehashing) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.limits = limits;
        this.failures = failures;
        this.rehashing = rehashing;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    record Login(@NotBlank String username, @NotBlank String password) {

        @Override
        public String toString() {
            return "Login[" + username + "]";
        }
    }

    record Refresh(@NotBlank String refreshToken) {

        @Override
        public String toString() {
            return "Refresh[***]";
        }
    }

    /** Open: this is where a token comes from. */
    @PostMapping("/login")
    @SecurityRequirements
    AccessTokens.TokenPair login(@Valid @RequestBody Login login, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        try {
            limits.requireSignInAllowed(address, login.username());
        } catch (RateLimitedException e) {
            failures.record("rate-limited");
            throw e;
        }
        var account = accounts.byUsername(login.username());
        boolean matches = passwords.matches(login.password(), account.map(OperatorAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            limits.signInFailed(address, login.username());
            failures.record("wrong-credentials");
            throw new DomainException(ErrorCode.AUTH_INVALID, "wrong username or password");
        }
        limits.signedIn(address, login.username());
        if (!account.get().tenantActive()) {
            failures.record("tenant-suspended");
            throw new DomainException(ErrorCode.FORBIDDEN, "the tenant is suspended");
        }
        // the operator has proved who they are: a renewed hash is recorded as their own act
        RequestContext.authenticate(request, account.get().actor());
        rehashing.ifAvailable(rehash -> rehash.ifOutdated(account.get(), login.password()));
        return sessions.start(account.get());
    }

    /** Open: the refresh token in the body is the credential. */
    @PostMapping("/refresh")
    @SecurityRequirements
    AccessTokens.TokenPair refresh(@Valid @RequestBody Refresh refresh) {
        return sessions.refresh(refresh.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request) {
        AccessTokens.Session session = (AccessTokens.Session) request.getAttribute(BearerTokenFilter.SESSION);
        sessions.end(session.sessionId());
    }
}
