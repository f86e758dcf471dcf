package io.ispflow.kernel.voucher;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one voucher for the whole of its life. */
public record VoucherId(@JsonValue UUID value) {

    public VoucherId {
        Objects.requireNonNull(value, "VoucherId");
    }

    @JsonCreator
    public static VoucherId of(UUID value) {
        return new VoucherId(value);
    }

    public static VoucherId random() {
        return new VoucherId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
