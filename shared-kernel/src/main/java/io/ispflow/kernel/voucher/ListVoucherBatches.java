package io.ispflow.kernel.voucher;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

import java.time.Instant;

/** Answers a {@link VoucherBatchList} of the tenant's batches, newest first, their vouchers counted as at {@code at}. */
public record ListVoucherBatches(TenantId tenantId, PageRequest page, Instant at) {
}
