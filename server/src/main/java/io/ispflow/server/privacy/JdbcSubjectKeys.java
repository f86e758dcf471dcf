package io.ispflow.server.privacy;

import io.ispflow.kernel.privacy.MasterKey;
import io.ispflow.kernel.privacy.SubjectKeys;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.SecretKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Data keys in {@code subject_key} on the application database, wrapped by the master key. Writes
 * join the caller's transaction, so a key commits with its subject's first event and is destroyed
 * with its SubscriberForgotten event.
 */
class JdbcSubjectKeys implements SubjectKeys {

    /** What the table holds for a subject: its key, or none once destroyed. */
    record Stored(SecretKey key, boolean destroyed) {
    }

    private static final Stored NEVER_KEYED = new Stored(null, false);

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

    /** Every given subject's key in one query; a subject never keyed maps to no key, not destroyed. */
    Map<UUID, Stored> load(Collection<UUID> subjects) {
        Map<UUID, Stored> keys = new HashMap<>();
        subjects.forEach(subject -> keys.put(subject, NEVER_KEYED));
        if (!subjects.isEmpty()) {
            jdbc.query("SELECT subject_id, wrapped_key, forgotten_at IS NOT NULL FROM subject_key WHERE subject_id IN ("
                       + String.join(", ", Collections.nCopies(subjects.size(), "?")) + ")", rs -> {
                UUID subject = rs.getObject(1, UUID.class);
                byte[] wrapped = rs.getBytes(2);
                keys.put(subject, new Stored(wrapped == null ? null : master.unwrap(subject, wrapped), rs.getBoolean(3)));
            }, subjects.toArray());
        }
        return keys;
    }
}
