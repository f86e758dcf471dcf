package io.ispflow.kernel.subscriber;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a subscriber for the whole of its life, terminated or not. */
public record SubscriberId(@JsonValue UUID value) {

    public SubscriberId {
        Objects.requireNonNull(value, "subscriber id");
    }

    @JsonCreator
    public static SubscriberId of(UUID value) {
        return new SubscriberId(value);
    }

    public static SubscriberId random() {
        return new SubscriberId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
