package io.ispflow.kernel.pkg;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a service package; also names its RADIUS group. */
public record PackageId(@JsonValue UUID value) {

    public PackageId {
        Objects.requireNonNull(value, "package id");
    }

    @JsonCreator
    public static PackageId of(UUID value) {
        return new PackageId(value);
    }

    public static PackageId random() {
        return new PackageId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
