package io.ispflow.kernel.voucher;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a batch of vouchers issued together. */
public record VoucherBatchId(@JsonValue UUID value) {

    public VoucherBatchId {
        Objects.requireNonNull(value, "VoucherBatchId");
    }

    @JsonCreator
    public static VoucherBatchId of(UUID value) {
        return new VoucherBatchId(value);
    }

    public static VoucherBatchId random() {
        return new VoucherBatchId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
