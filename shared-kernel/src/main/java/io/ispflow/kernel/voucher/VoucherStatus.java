package io.ispflow.kernel.voucher;

/** Where a voucher is in its life; a revoked voucher stays revoked. */
public enum VoucherStatus {
    /** Issued, never logged in; usable until the batch's {@code usableUntil}, if it has one. */
    UNUSED,
    /** Logged in once; valid until its activation plus its validity. */
    ACTIVE,
    /** Its validity ran out, or it was never used before {@code usableUntil}. */
    EXPIRED,
    /** Withdrawn by an operator, alone or with its batch. */
    REVOKED
}
