package io.ispflow.kernel.router;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a router, a RADIUS client (NAS) of the ISP. */
public record RouterId(@JsonValue UUID value) {

    public RouterId {
        Objects.requireNonNull(value, "router id");
    }

    @JsonCreator
    public static RouterId of(UUID value) {
        return new RouterId(value);
    }

    public static RouterId random() {
        return new RouterId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
