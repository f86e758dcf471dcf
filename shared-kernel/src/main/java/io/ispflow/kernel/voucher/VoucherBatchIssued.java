package io.ispflow.kernel.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A batch of {@code count} vouchers was issued for a package; each voucher has its own {@link VoucherIssued}, recorded
 * with this one. {@code validity} runs from a voucher's first login; {@code usableUntil} (null: never) ends unused codes.
 */
public record VoucherBatchIssued(VoucherBatchId batchId, TenantId tenantId, PackageId packageId, int count, String prefix,
                                 int codeLength, Duration validity, BigDecimal price, Instant usableUntil) {
}
