package io.ispflow.kernel.subscriber;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ispflow.kernel.InvalidValueException;

/**
 * The password a subscriber types on the hotspot page or PPPoE dialer. FreeRADIUS needs it in
 * clear text (CHAP and MS-CHAP work from it), so it is printable ASCII only; it never prints itself.
 */
public record RadiusPassword(@JsonValue String value) {

    public RadiusPassword {
        if (value == null || !value.matches("[\\x20-\\x7e]{6,64}")) {
            throw new InvalidValueException("password", "password must be 6 to 64 printable ASCII characters");
        }
    }

    @JsonCreator
    public static RadiusPassword of(String value) {
        return new RadiusPassword(value);
    }

    @Override
    public String toString() {
        return "***";
    }
}
