package io.ispflow.server.privacy;

import io.ispflow.kernel.privacy.MasterKey;
import io.ispflow.kernel.privacy.SubjectKeys;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.SecretKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Data keys in {@code subject_key} on the application database, wrapped by the master key. Writes
 * join the caller's transaction, so a key commits with its subject's first event and is destroyed
 * with its SubscriberForgotten event.
 */
class JdbcSubjectKeys implements SubjectKeys {

    private final JdbcTemplate jdbc;
    private final MasterKey master;

    JdbcSubjectKeys(JdbcTemplate jdbc, MasterKey master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    @Override
    public SecretKey keyFor(UUID subject) {
        if (destroyed(subject)) {
            throw new IllegalStateException("subject " + subject + " was forgotten; nothing more is sealed for it");
        }
        return find(subject).orElseGet(() -> {
            SecretKey key = SubjectKeys.newDataKey();
            jdbc.update("INSERT INTO subject_key (subject_id, wrapped_key, created_at) VALUES (?, ?, now())",
                    subject, master.wrap(subject, key));
            return key;
        });
    }

    @Override
    public Optional<SecretKey> find(UUID subject) {
        return jdbc.query("SELECT wrapped_key FROM subject_key WHERE subject_id = ? AND wrapped_key IS NOT NULL",
                        (rs, row) -> rs.getBytes(1), subject)
                .stream().findFirst().map(wrapped -> master.unwrap(subject, wrapped));
    }

    @Override
    public boolean destroyed(UUID subject) {
        return Boolean.TRUE.equals(jdbc.query("SELECT forgotten_at IS NOT NULL FROM subject_key WHERE subject_id = ?",
                (rs, row) -> rs.getBoolean(1), subject).stream().findFirst().orElse(false));
    }

    @Override
    public void destroy(UUID subject, Instant at) {
        jdbc.update("INSERT INTO subject_key (subject_id, wrapped_key, created_at, forgotten_at) VALUES (?, NULL, ?, ?) "
                    + "ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, "
                    + "forgotten_at = coalesce(subject_key.forgotten_at, excluded.forgotten_at)",
                subject, Timestamp.from(at), Timestamp.from(at));
    }
}
