package io.ispflow.command.pkg;

import io.ispflow.kernel.pkg.PackageId;

import java.math.BigDecimal;

/** What subscriber and voucher rules need to know of a package that takes subscribers; price null: none set. */
public record ActivePackage(PackageId packageId, Integer validityDays, BigDecimal price) {
}
