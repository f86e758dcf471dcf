package io.ispflow.server.privacy;

import io.ispflow.kernel.privacy.SubjectKeys;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Subject keys that an event processor's batch loads in one query when it first opens a value, and
 * drops when it ends, so opening a batch's sealed values costs one query instead of one per value; a
 * processor that opens nothing (those that run in the command's thread) asks for nothing. The keys
 * live on the batch's thread for that batch only: its events were committed, with any forget they
 * follow, before the batch read the keys, and the next batch reads them again, so a forgotten
 * subject can never be opened from here after its SubscriberForgotten is handled.
 */
class BatchSubjectKeys implements SubjectKeys {

    private final ThreadLocal<Batch> batch = new ThreadLocal<>();
    private final JdbcSubjectKeys stored;

    BatchSubjectKeys(JdbcSubjectKeys stored) {
        this.stored = stored;
    }

    /** The subjects whose keys the current thread loads, at its first need, until {@link #endBatch()}. */
    void startBatch(Collection<UUID> subjects) {
        batch.set(new Batch(subjects));
    }

    void endBatch() {
        batch.remove();
    }

    /** A rebuild's batch, read outside an event processor, loads its keys the same way. */
    @Override
    public <T> T withKeysOf(Collection<UUID> subjects, Supplier<T> work) {
        startBatch(subjects);
        try {
            return work.get();
        } finally {
            endBatch();
        }
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
        Batch current = batch.get();
        return current == null || !current.subjects.contains(subject) ? null : current.keys().get(subject);
    }

    private final class Batch {

        private final Collection<UUID> subjects;
        private Map<UUID, JdbcSubjectKeys.Stored> keys;

        private Batch(Collection<UUID> subjects) {
            this.subjects = subjects;
        }

        private Map<UUID, JdbcSubjectKeys.Stored> keys() {
            if (keys == null) {
                keys = stored.load(subjects);
            }
            return keys;
        }
    }
}
