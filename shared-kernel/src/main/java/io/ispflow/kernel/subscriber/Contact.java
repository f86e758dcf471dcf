package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;

/**
 * How the ISP reaches a subscriber; every part is optional. The constructor holds what every stored
 * contact meets; {@link #storable()} is what a new one must meet, and the subscriber commands hold
 * theirs to it.
 */
public record Contact(String fullName, String phone, String email, String address) {

    public static final Contact NONE = new Contact(null, null, null, null);

    public Contact {
        fullName = limited("fullName", fullName, 200);
        phone = limited("phone", phone, 32);
        email = limited("email", email, 254);
        address = limited("address", address, 500);
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{3,32}")) {
            throw new InvalidValueException("phone", "phone may hold only digits, spaces, ( ) - and a leading +");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("email", "email must look like name@example.net");
        }
    }

    /** This contact, when it holds no control character: only the address may break lines. */
    public Contact storable() {
        return new Contact(FreeText.optionalLine("fullName", fullName, 200), FreeText.optionalLine("phone", phone, 32),
                FreeText.optionalLine("email", email, 254), FreeText.optionalLines("address", address, 500));
    }

    private static String limited(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidValueException(field, field + " must be at most " + max + " characters");
        }
        return value.strip();
    }
}
