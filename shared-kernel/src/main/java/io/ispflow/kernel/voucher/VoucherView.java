package io.ispflow.kernel.voucher;

import java.time.Instant;
import java.util.UUID;

/**
 * One voucher of a batch, its {@code number}th, with its code in clear (null if its batch's key is gone) and its
 * status as at the query's instant. A secret: {@link #masked()} is what a role that may not print sees.
 */
public record VoucherView(UUID id, int number, String code, VoucherStatus status, Instant activatedAt, Instant expiresAt) {

    public VoucherView masked() {
        return new VoucherView(id, number, VoucherPrinting.MASKED_CODE, status, activatedAt, expiresAt);
    }

    /** Never the code, should a view end up in a log. */
    @Override
    public String toString() {
        return "VoucherView[id=" + id + ", number=" + number + ", status=" + status + "]";
    }
}
