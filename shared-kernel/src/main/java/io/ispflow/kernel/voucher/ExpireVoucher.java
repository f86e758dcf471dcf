package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the expiry sweeper when a voucher's validity, or an unused voucher's usableUntil, has passed. */
public record ExpireVoucher(@TargetAggregateIdentifier VoucherId voucherId, TenantId tenantId) {
}
