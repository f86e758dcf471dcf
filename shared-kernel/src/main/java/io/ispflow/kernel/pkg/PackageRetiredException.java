package io.ispflow.kernel.pkg;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** The package still exists for its current subscribers but takes no new ones. */
public class PackageRetiredException extends DomainException {

    public PackageRetiredException(PackageId packageId) {
        super(ErrorCode.PACKAGE_RETIRED, "package " + packageId + " is retired");
    }
}
