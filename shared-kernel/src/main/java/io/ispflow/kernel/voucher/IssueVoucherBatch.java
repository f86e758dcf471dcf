package io.ispflow.kernel.voucher;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageTerms;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Issue {@code count} vouchers for a package. {@code prefix} (may be empty) starts every code, {@code codeLength}
 * counts the random characters after it (10 if null). {@code validityHours} null: the package's validity; it must
 * then have one. {@code price} null: the package's price. {@code usableUntil} null: unused codes never lapse.
 */
public record IssueVoucherBatch(@TargetAggregateIdentifier VoucherBatchId batchId, TenantId tenantId, PackageId packageId,
                                int count, String prefix, Integer codeLength, Integer validityHours, BigDecimal price,
                                Instant usableUntil) {

    public static final int MAX_COUNT = 10_000;
    public static final int DEFAULT_CODE_LENGTH = 10;
    /** A year and a day. */
    public static final int MAX_VALIDITY_HOURS = 366 * 24;

    public IssueVoucherBatch {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidValueException("count", "count must be 1 to " + MAX_COUNT);
        }
        prefix = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (!prefix.matches("[" + VoucherCode.ALPHABET + "]{0,8}")) {
            throw new InvalidValueException("prefix", "prefix must be up to 8 of " + VoucherCode.ALPHABET);
        }
        codeLength = codeLength == null ? DEFAULT_CODE_LENGTH : codeLength;
        if (codeLength < 6 || codeLength > 16) {
            throw new InvalidValueException("codeLength", "codeLength must be 6 to 16");
        }
        if (validityHours != null && (validityHours < 1 || validityHours > MAX_VALIDITY_HOURS)) {
            throw new InvalidValueException("validityHours", "validityHours must be 1 to " + MAX_VALIDITY_HOURS);
        }
        if (price != null && (price.signum() < 0 || price.compareTo(PackageTerms.MAX_PRICE) > 0 || price.scale() > 2)) {
            throw new InvalidValueException("price", "price must be 0 to " + PackageTerms.MAX_PRICE + " with at most 2 decimals");
        }
    }
}
