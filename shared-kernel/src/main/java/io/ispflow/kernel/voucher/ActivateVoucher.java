package io.ispflow.kernel.voucher;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Record a voucher's first accepted login, at {@code firstLoginAt}; sent by the sessions side, once or more. */
public record ActivateVoucher(@TargetAggregateIdentifier VoucherId voucherId, Instant firstLoginAt) {
}
