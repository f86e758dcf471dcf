package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** A voucher logged in for the first time at {@code activatedAt}; it is valid until {@code expiresAt}. */
public record VoucherActivated(VoucherId voucherId, VoucherBatchId batchId, TenantId tenantId, Instant activatedAt,
                               Instant expiresAt) implements VoucherEvent {
}
