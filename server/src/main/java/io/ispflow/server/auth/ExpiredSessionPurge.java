package io.ispflow.server.auth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes refresh tokens and ended sessions an hour after they expired, when no token can name them
 * any more (a token's own expiry refuses it first; the hour covers clocks that differ). Every process
 * runs it: batches of rows locked with SKIP LOCKED let several purge side by side without waiting.
 */
@Component
class ExpiredSessionPurge {

    static final int BATCH = 5_000;

    private static final String[] PURGES = {
            """
            DELETE FROM refresh_token WHERE token_id IN (SELECT token_id FROM refresh_token
                WHERE expires_at < now() - interval '1 hour' LIMIT ? FOR UPDATE SKIP LOCKED)""",
            """
            DELETE FROM revoked_session WHERE session_id IN (SELECT session_id FROM revoked_session
                WHERE expires_at < now() - interval '1 hour' LIMIT ? FOR UPDATE SKIP LOCKED)"""};

    private final JdbcTemplate jdbc;

    ExpiredSessionPurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${ispflow.sessions.purge-interval:1h}", initialDelayString = "${ispflow.sessions.purge-interval:1h}")
    void purgeExpired() {
        for (String purge : PURGES) {
            int deleted;
            do {
                deleted = jdbc.update(purge, BATCH);
            } while (deleted == BATCH);
        }
    }
}
