package io.ispflow.kernel.privacy;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Keys held in this process only: for aggregate and projector tests, which run without the application database. */
public final class InMemorySubjectKeys implements SubjectKeys {

    private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();
    private final Set<UUID> tombstones = ConcurrentHashMap.newKeySet();

    @Override
    public SecretKey keyFor(UUID subject) {
        if (tombstones.contains(subject)) {
            throw new IllegalStateException("subject " + subject + " was forgotten");
        }
        return keys.computeIfAbsent(subject, s -> SubjectKeys.newDataKey());
    }

    @Override
    public Optional<SecretKey> find(UUID subject) {
        return Optional.ofNullable(keys.get(subject));
    }

    @Override
    public boolean destroyed(UUID subject) {
        return tombstones.contains(subject);
    }

    @Override
    public void destroy(UUID subject, Instant at) {
        keys.remove(subject);
        tombstones.add(subject);
    }
}
