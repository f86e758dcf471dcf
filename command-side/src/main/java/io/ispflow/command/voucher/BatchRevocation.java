package io.ispflow.command.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.VoucherBatchId;

/** Revokes every voucher of a batch that is still usable, in the batch's transaction. */
interface BatchRevocation {

    void revokeUsable(VoucherBatchId batchId, TenantId tenantId, String reason);
}
