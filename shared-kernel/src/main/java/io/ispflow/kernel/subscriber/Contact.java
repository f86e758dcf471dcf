package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;

/** How the ISP reaches a subscriber; every part is optional, and only the address may run over several lines. */
public record Contact(String fullName, String phone, String email, String address) {

    public static final Contact NONE = new Contact(null, null, null, null);

    public Contact {
        fullName = FreeText.optionalLine("fullName", fullName, 200);
        phone = FreeText.optionalLine("phone", phone, 32);
        email = FreeText.optionalLine("email", email, 254);
        address = FreeText.optionalLines("address", address, 500);
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{3,32}")) {
            throw new InvalidValueException("phone", "phone may hold only digits, spaces, ( ) - and a leading +");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("email", "email must look like name@example.net");
        }
    }
}
