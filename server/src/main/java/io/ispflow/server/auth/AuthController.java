package io.ispflow.server.auth;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in, token refresh and sign-out for operators of the admin app. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final SignIn signIn;
    private final SignInSessions sessions;

    AuthController(SignIn signIn, SignInSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
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
        return signIn.signIn(login.username(), login.password(), request);
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
