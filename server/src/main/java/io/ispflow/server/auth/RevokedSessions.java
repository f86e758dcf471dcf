package io.ispflow.server.auth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Sign-in sessions ended by logout; remembered until their last token would have expired. */
@Component
class RevokedSessions {

    private final JdbcTemplate jdbc;

    RevokedSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void revoke(UUID sessionId, Instant until) {
        jdbc.update("INSERT INTO revoked_session (session_id, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                sessionId, Timestamp.from(until));
    }

    boolean isRevoked(UUID sessionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM revoked_session WHERE session_id = ?)", Boolean.class, sessionId));
    }
}
