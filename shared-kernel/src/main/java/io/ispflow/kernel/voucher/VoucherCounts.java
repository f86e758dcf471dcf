package io.ispflow.kernel.voucher;

/** Vouchers by status: an unused one past its batch's usableUntil and an active one past its expiry count as expired. */
public record VoucherCounts(long unused, long active, long expired, long revoked) {
}
