package io.ispflow.kernel.voucher;

import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * Answers the {@link VoucherPrintout} of one of the tenant's batches, as at {@code at}; none for another tenant's batch.
 * Refused (FORBIDDEN) when {@code viewer} may not print codes.
 */
public record PrintVoucherBatch(TenantId tenantId, VoucherBatchId batchId, Instant at, Role viewer) {
}
