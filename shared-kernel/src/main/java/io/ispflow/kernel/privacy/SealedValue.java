package io.ispflow.kernel.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ispflow.kernel.InvalidValueException;

/**
 * Personal data or a secret as an event keeps it: {@code aesgcm1:<base64 iv, ciphertext and tag>},
 * sealed with its subject's data key by {@link PersonalDataVault}. Events written before sealing
 * are read as {@code plain:<json>}: the same value in clear, which the vault still treats as erased
 * once its subject is forgotten. Never prints its content.
 */
public record SealedValue(@JsonValue String text) {

    static final String SEALED = "aesgcm1:";
    static final String LEGACY = "plain:";

    public SealedValue {
        if (text == null || !looksSealed(text)) {
            throw new InvalidValueException("sealed", "a sealed value starts with " + SEALED + " or " + LEGACY);
        }
    }

    @JsonCreator
    public static SealedValue of(String text) {
        return new SealedValue(text);
    }

    /** An old event's clear value, given as the JSON it held. */
    public static SealedValue legacy(String json) {
        return new SealedValue(LEGACY + json);
    }

    /** Whether a text is in one of the two forms, e.g. a field of an event's JSON. */
    public static boolean looksSealed(String text) {
        return text.startsWith(SEALED) || text.startsWith(LEGACY);
    }

    boolean isLegacy() {
        return text.startsWith(LEGACY);
    }

    /** What follows the form's prefix: base64 for a sealed value, JSON for a legacy one. */
    String body() {
        return text.substring(isLegacy() ? LEGACY.length() : SEALED.length());
    }

    @Override
    public String toString() {
        return "***";
    }
}
