package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;

/** An operator withdrew a whole batch; each of its vouchers still usable records its own {@link VoucherRevoked}. */
public record VoucherBatchRevoked(VoucherBatchId batchId, TenantId tenantId, String reason) {
}
