package io.ispflow.command.pkg;

import io.ispflow.kernel.pkg.PackageId;

/** What subscriber rules need to know of a package that takes subscribers. */
public record ActivePackage(PackageId packageId, Integer validityDays) {
}
