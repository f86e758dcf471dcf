package io.ispflow.kernel.privacy;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where the data keys of subjects (subscribers, routers) are kept, outside the event store. A
 * destroyed key leaves a tombstone, so a forgotten subject is told apart from one that never had a key.
 */
public interface SubjectKeys {

    /** The subject's key, created now (with the caller's transaction) when it has none. */
    SecretKey keyFor(UUID subject);

    /** The subject's key; empty when it never had one or it was destroyed. */
    Optional<SecretKey> find(UUID subject);

    boolean destroyed(UUID subject);

    /** Deletes the key for good and keeps the tombstone; destroying twice changes nothing. */
    void destroy(UUID subject, Instant at);

    /**
     * Runs {@code work} with the keys of {@code subjects} read together, where the store can; this
     * default reads each key when it is first needed.
     */
    default <T> T withKeysOf(Collection<UUID> subjects, Supplier<T> work) {
        return work.get();
    }

    /** A random AES-256 key, as every data key is. */
    static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
