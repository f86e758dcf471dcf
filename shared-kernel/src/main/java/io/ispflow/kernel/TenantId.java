package io.ispflow.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One ISP on a shared installation; every command, event and query is scoped to one. */
public record TenantId(@JsonValue UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    @JsonCreator
    public static TenantId of(UUID value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
