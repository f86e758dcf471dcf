package io.ispflow.kernel.subscriber;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ispflow.kernel.InvalidValueException;

import java.util.Locale;

/**
 * A subscriber's RADIUS User-Name. Lower case, because MariaDB compares names case-insensitively
 * and PostgreSQL does not; a narrow alphabet, because FreeRADIUS escapes other characters before
 * its SQL lookup and the escaped name would no longer match.
 */
public record Username(@JsonValue String value) {

    public Username {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!value.matches("[a-z0-9._@-]{3,64}")) {
            throw new InvalidValueException("username", "username must be 3 to 64 of a-z 0-9 . _ @ -");
        }
    }

    @JsonCreator
    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
