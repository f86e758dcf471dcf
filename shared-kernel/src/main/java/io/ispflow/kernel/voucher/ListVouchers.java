package io.ispflow.kernel.voucher;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * Answers a {@link VoucherList} of one of the tenant's batches, by number, with their status as at {@code at};
 * {@code status} (null for all) narrows it. The codes are masked unless {@code viewer} may print them. None for
 * another tenant's batch.
 */
public record ListVouchers(TenantId tenantId, VoucherBatchId batchId, VoucherStatus status, PageRequest page, Instant at,
                           Role viewer) {
}
