package io.ispflow.kernel.operator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** An operator's password as a memory-hard hash (Argon2id); the password itself is never kept. */
public record PasswordHash(@JsonValue String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "password hash");
    }

    @JsonCreator
    public static PasswordHash of(String value) {
        return new PasswordHash(value);
    }

    @Override
    public String toString() {
        return "***";
    }
}
