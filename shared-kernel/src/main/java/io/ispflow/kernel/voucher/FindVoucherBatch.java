package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** Answers the tenant's {@link VoucherBatchView}, its vouchers counted as at {@code at}; none for another tenant's batch. */
public record FindVoucherBatch(TenantId tenantId, VoucherBatchId batchId, Instant at) {
}
