package io.ispflow.server.auth;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
    private final AccessTokens tokens;
    private final RevokedSessions revoked;

    AuthController(OperatorAccounts accounts, PasswordEncoder passwords, AccessTokens tokens, RevokedSessions revoked) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.revoked = revoked;
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
    AccessTokens.TokenPair login(@Valid @RequestBody Login login) {
        var account = accounts.byUsername(login.username());
        boolean matches = passwords.matches(login.password(), account.map(OperatorAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            throw new DomainException(ErrorCode.AUTH_INVALID, "wrong username or password");
        }
        return tokens.issue(account.get().actor(), UUID.randomUUID());
    }

    /** Open: the refresh token in the body is the credential. */
    @PostMapping("/refresh")
    @SecurityRequirements
    AccessTokens.TokenPair refresh(@Valid @RequestBody Refresh refresh) {
        AccessTokens.Session session = tokens.verifyRefresh(refresh.refreshToken())
                .filter(s -> !revoked.isRevoked(s.sessionId()))
                .orElseThrow(() -> new DomainException(ErrorCode.AUTH_INVALID, "the refresh token is invalid or expired"));
        OperatorAccount account = accounts.byId(session.actor().operatorId())
                .orElseThrow(() -> new DomainException(ErrorCode.AUTH_INVALID, "the operator no longer exists"));
        return tokens.issue(account.actor(), session.sessionId());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request) {
        AccessTokens.Session session = (AccessTokens.Session) request.getAttribute(BearerTokenFilter.SESSION);
        revoked.revoke(session.sessionId(), session.expiresAt().plus(tokens.refreshTtl()));
    }
}
