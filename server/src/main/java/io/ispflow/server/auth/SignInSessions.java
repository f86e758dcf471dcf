package io.ispflow.server.auth;

import io.ispflow.command.operator.OperatorAccount;
import io.ispflow.command.operator.OperatorAccounts;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.UUID;

/**
 * Sign-in sessions and their refresh tokens. A refresh token works once: using it gives a new pair,
 * and using it again means it was stolen, so the whole session (the token family) ends. Logout
 * ends the session too; its access tokens are refused from then on.
 */
@Component
class SignInSessions {

    private final JdbcTemplate jdbc;
    private final AccessTokens tokens;
    private final OperatorAccounts accounts;

    SignInSessions(JdbcTemplate jdbc, AccessTokens tokens, OperatorAccounts accounts) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    AccessTokens.TokenPair start(OperatorAccount operator) {
        return issue(operator, UUID.randomUUID());
    }

    /**
     * A new pair for the operator as they are now (a changed role shows at once). No transaction
     * around it: the session's end must stick even though the refusal is an exception.
     */
    AccessTokens.TokenPair refresh(String refreshToken) {
        AccessTokens.Session session = tokens.verifyRefresh(refreshToken)
                .filter(this::isActive)
                .orElseThrow(() -> invalid("the refresh token is invalid or expired"));
        int firstUse = jdbc.update("UPDATE refresh_token SET used_at = now() WHERE token_id = ? AND used_at IS NULL",
                session.tokenId());
        if (firstUse == 0) {
            end(session.sessionId());
            throw invalid("the refresh token was already used; the session has ended");
        }
        OperatorAccount account = accounts.byId(session.actor().operatorId())
                .orElseThrow(() -> invalid("the operator no longer exists"));
        return issue(account, session.sessionId());
    }

    /** Remembered until the session's last refresh token would have expired anyway. */
    void end(UUID sessionId) {
        jdbc.update("INSERT INTO revoked_session (session_id, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                sessionId, Timestamp.from(tokens.refreshExpiry()));
    }

    /**
     * True while the session was not ended, the operator still exists with the credentials the
     * token was issued for (a new password or role ends older sessions), and the tenant is active.
     */
    boolean isActive(AccessTokens.Session session) {
        return accounts.isCurrent(session.actor().operatorId(), session.credentialsVersion())
                && !Boolean.TRUE.equals(jdbc.queryForObject(
                        "SELECT EXISTS (SELECT 1 FROM revoked_session WHERE session_id = ?)", Boolean.class, session.sessionId()));
    }

    private AccessTokens.TokenPair issue(OperatorAccount operator, UUID sessionId) {
        UUID refreshTokenId = UUID.randomUUID();
        jdbc.update("INSERT INTO refresh_token (token_id, session_id, expires_at) VALUES (?, ?, ?)",
                refreshTokenId, sessionId, Timestamp.from(tokens.refreshExpiry()));
        return tokens.issue(operator, sessionId, refreshTokenId);
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.AUTH_INVALID, message);
    }
}
