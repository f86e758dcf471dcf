package io.ispflow.kernel.router;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ispflow.kernel.InvalidValueException;

/**
 * A WireGuard public key as {@code wg pubkey} prints it: base64 of exactly 32 bytes, 44 characters
 * ending in {@code =}. Anything else, whitespace around it included, would make the WireGuard
 * server's configuration unreadable, so it cannot exist.
 */
public record WireGuardKey(@JsonValue String value) {

    public WireGuardKey {
        if (!isKey(value)) {
            throw new InvalidValueException("publicKey", "publicKey must be a WireGuard public key: 44 characters of base64 "
                    + "(32 bytes), as wg pubkey prints it");
        }
    }

    @JsonCreator
    public static WireGuardKey of(String value) {
        return new WireGuardKey(value);
    }

    /**
     * True for base64 of exactly 32 bytes in its canonical 44 characters: 43 digits and one {@code =},
     * the last digit's two spare bits zero (so one key has one spelling).
     */
    public static boolean isKey(String text) {
        return text != null && text.matches("[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=");
    }

    @Override
    public String toString() {
        return value;
    }
}
