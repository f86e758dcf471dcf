package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;

/** An operator withdrew a voucher, alone or with its batch. */
public record VoucherRevoked(VoucherId voucherId, VoucherBatchId batchId, TenantId tenantId, String reason) implements VoucherEvent {
}
