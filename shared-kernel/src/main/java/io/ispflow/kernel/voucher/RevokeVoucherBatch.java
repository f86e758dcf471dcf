package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw every voucher of a batch not already revoked or expired. */
public record RevokeVoucherBatch(@TargetAggregateIdentifier VoucherBatchId batchId, TenantId tenantId, String reason) {
}
