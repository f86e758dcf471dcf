package io.ispflow.command.pkg;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.RateLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * The body of package create and update; rates in kbit/s, timeouts in seconds, the quota in MB per subscription
 * period. The fair-usage rate is both of its speeds or neither.
 */
record PackageRequest(@NotBlank String name, @NotNull Integer downloadKbps, @NotNull Integer uploadKbps,
                      Integer sessionTimeout, Integer idleTimeout, Integer deviceLimit, Integer validityDays,
                      String addressPool, BigDecimal price, Integer dataQuotaMb, Integer fupDownloadKbps,
                      Integer fupUploadKbps) {

    PackageTerms terms() {
        return new PackageTerms(name, new RateLimit(downloadKbps, uploadKbps), sessionTimeout, idleTimeout,
                deviceLimit, validityDays, addressPool, price, dataQuotaMb, fairUsageRate());
    }

    private RateLimit fairUsageRate() {
        if ((fupDownloadKbps == null) != (fupUploadKbps == null)) {
            throw new InvalidValueException(fupDownloadKbps == null ? "fupDownloadKbps" : "fupUploadKbps",
                    "give both fupDownloadKbps and fupUploadKbps, or neither");
        }
        if (fupDownloadKbps == null) {
            return null;
        }
        try {
            return new RateLimit(fupDownloadKbps, fupUploadKbps);
        } catch (InvalidValueException e) {
            // the rate names its own fields; the client sent the fair-usage ones
            String field = "fup" + Character.toUpperCase(e.field().charAt(0)) + e.field().substring(1);
            throw new InvalidValueException(field, e.getMessage().replace(e.field(), field));
        }
    }
}
