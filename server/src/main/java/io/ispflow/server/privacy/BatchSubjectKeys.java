package io.ispflow.server.privacy;

import io.ispflow.kernel.privacy.SubjectKeys;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Subject keys that an event processor's batch loads in one query when it starts, and drops when
 * it ends, so opening a batch's sealed values costs one query instead of one per value. The keys
 * live on the batch's thread for that batch only: its events were committed, with any forget they
 * follow, before the batch read the keys, and the next batch reads them again, so a forgotten
 * subject can never be opened from here after its SubscriberForgotten is handled.
 */
class BatchSubjectKeys implements SubjectKeys {

    private final ThreadLocal<Map<UUID, JdbcSubjectKeys.Stored>> batch = new ThreadLocal<>();
    private final JdbcSubjectKeys stored;

    BatchSubjectKeys(JdbcSubjectKeys stored) {
        this.stored = stored;
    }

    /** Loads the subjects' keys for the current thread until {@link #endBatch()}. */
    void startBatch(Collection<UUID> subjects) {
        batch.set(stored.load(subjects));
    }

    void endBatch() {
        batch.remove();
    }

    @Override
    public SecretKey keyFor(UUID subject) {
        return stored.keyFor(subject);
    }

    @Override
    public Optional<SecretKey> find(UUID subject) {
        JdbcSubjectKeys.Stored loaded = loaded(subject);
        return loaded == null ? stored.find(subject) : Optional.ofNullable(loaded.key());
    }

    @Override
    public boolean destroyed(UUID subject) {
        JdbcSubjectKeys.Stored loaded = loaded(subject);
        return loaded == null ? stored.destroyed(subject) : loaded.destroyed();
    }

    @Override
    public void destroy(UUID subject, Instant at) {
        // a key loaded before it was destroyed must not open anything afterwards
        endBatch();
        stored.destroy(subject, at);
    }

    private JdbcSubjectKeys.Stored loaded(UUID subject) {
        Map<UUID, JdbcSubjectKeys.Stored> keys = batch.get();
        return keys == null ? null : keys.get(subject);
    }
}
