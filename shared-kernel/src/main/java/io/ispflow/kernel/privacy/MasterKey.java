package io.ispflow.kernel.privacy;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The key that wraps every data key (AES-GCM, bound to the key's subject), held outside every
 * database: {@code ispflow.keys.master-key}, the base64 of 32 random bytes. Never prints itself.
 */
public final class MasterKey {

    private static final int BYTES = 32;

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** @throws IllegalArgumentException unless {@code base64} holds exactly 32 bytes */
    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not base64", e);
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("the master key must be " + BYTES + " bytes, base64-encoded; it is "
                    + bytes.length);
        }
        return new MasterKey(bytes);
    }

    /** A fresh random master key, as base64. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public byte[] wrap(UUID subject, SecretKey dataKey) {
        return AesGcm.encrypt(key, dataKey.getEncoded(), subjectBytes(subject));
    }

    /** @throws SealBrokenException when the key was wrapped by another master key or for another subject */
    public SecretKey unwrap(UUID subject, byte[] wrapped) {
        return new SecretKeySpec(AesGcm.decrypt(key, wrapped, subjectBytes(subject)), "AES");
    }

    static byte[] subjectBytes(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "MasterKey[***]";
    }
}
