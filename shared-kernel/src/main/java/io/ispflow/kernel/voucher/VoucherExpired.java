package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;

/** A voucher's validity ran out, or it lapsed unused: FreeRADIUS rejects it and an open session is disconnected. */
public record VoucherExpired(VoucherId voucherId, VoucherBatchId batchId, TenantId tenantId) implements VoucherEvent {
}
