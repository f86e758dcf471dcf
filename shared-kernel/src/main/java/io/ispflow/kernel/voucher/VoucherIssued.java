package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.privacy.SealedValue;

import java.time.Duration;
import java.time.Instant;

/**
 * One voucher of a batch, the {@code number}th (1-based). {@code code} (a {@link VoucherCode}) is sealed with the
 * batch's key, like a password. The batch's terms are repeated so that a voucher's own events say all about it.
 */
public record VoucherIssued(VoucherId voucherId, VoucherBatchId batchId, TenantId tenantId, PackageId packageId, int number,
                            SealedValue code, Duration validity, Instant usableUntil) implements VoucherEvent {
}
