package io.ispflow.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A person who works the admin app on behalf of one tenant. */
public record OperatorId(@JsonValue UUID value) {

    public OperatorId {
        Objects.requireNonNull(value, "operator id");
    }

    @JsonCreator
    public static OperatorId of(UUID value) {
        return new OperatorId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
