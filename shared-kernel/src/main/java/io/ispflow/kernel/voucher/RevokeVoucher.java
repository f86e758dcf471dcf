package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw one voucher: rejected from now on, its open session disconnected. */
public record RevokeVoucher(@TargetAggregateIdentifier VoucherId voucherId, TenantId tenantId, String reason) {
}
