package io.ispflow.kernel.privacy;

import io.ispflow.kernel.InvalidSettingException;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The key that wraps every data key (AES-GCM, bound to the key's subject), held outside every
 * database: {@code ispflow.keys.master-key}, the base64 of 32 random bytes. Never prints itself; its
 * {@link #id()} names it without revealing it.
 */
public final class MasterKey {

    private static final int BYTES = 32;
    /** 32 random bytes have 30 distinct values on average and fewer than 20 about never. */
    private static final int MIN_DISTINCT_BYTES = 16;
    private static final String SETTING = "ISPFLOW_MASTER_KEY (ispflow.keys.master-key)";
    private static final String GENERATE = "Generate one with `openssl rand -base64 32`, keep it outside the database, and never lose it.";
    private static final byte[] ID_LABEL = "ispflow master key id".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * @throws InvalidSettingException unless {@code base64} holds exactly 32 bytes that look random:
     *                                 not a placeholder such as all zeros, not text
     */
    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SETTING + " is not base64.", GENERATE);
        }
        if (bytes.length != BYTES) {
            throw new InvalidSettingException(SETTING + " must be " + BYTES + " bytes, base64-encoded; it is " + bytes.length + ".",
                    GENERATE);
        }
        if (distinctValues(bytes) < MIN_DISTINCT_BYTES) {
            throw new InvalidSettingException(SETTING + " is a placeholder or a pattern (" + distinctValues(bytes)
                    + " distinct byte values), not a random key; the examples' all-zero key is one.", GENERATE);
        }
        if (isText(bytes)) {
            throw new InvalidSettingException(SETTING + " decodes to text, a passphrase rather than 32 random bytes.", GENERATE);
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

    /**
     * Names this key without revealing it: the first 16 hex digits of HMAC-SHA256(key, "ispflow master
     * key id"), so an operator can tell which of their keys a database expects.
     */
    public String id() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(ID_LABEL), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static int distinctValues(byte[] bytes) {
        boolean[] seen = new boolean[256];
        int distinct = 0;
        for (byte b : bytes) {
            if (!seen[b & 0xff]) {
                seen[b & 0xff] = true;
                distinct++;
            }
        }
        return distinct;
    }

    /** 32 random bytes are all printable ASCII about once in 10^14 keys; a typed passphrase always is. */
    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7e) {
                return false;
            }
        }
        return true;
    }

    static byte[] subjectBytes(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "MasterKey[***]";
    }
}
