package io.ispflow.command.pkg;

import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.RateLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** The body of package create and update; rates in kbit/s, timeouts in seconds. */
record PackageRequest(@NotBlank String name, @NotNull Integer downloadKbps, @NotNull Integer uploadKbps,
                      Integer sessionTimeout, Integer idleTimeout, Integer deviceLimit, Integer validityDays,
                      String addressPool, BigDecimal price) {

    PackageTerms terms() {
        return new PackageTerms(name, new RateLimit(downloadKbps, uploadKbps), sessionTimeout, idleTimeout,
                deviceLimit, validityDays, addressPool, price);
    }
}
