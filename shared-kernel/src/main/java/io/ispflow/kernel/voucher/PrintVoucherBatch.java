package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** Answers the {@link VoucherPrintout} of one of the tenant's batches, as at {@code at}; none for another tenant's batch. */
public record PrintVoucherBatch(TenantId tenantId, VoucherBatchId batchId, Instant at) {
}
