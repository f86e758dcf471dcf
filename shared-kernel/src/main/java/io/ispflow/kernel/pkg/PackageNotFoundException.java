package io.ispflow.kernel.pkg;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** The tenant has no package with this id (another tenant's package counts as none). */
public class PackageNotFoundException extends DomainException {

    public PackageNotFoundException(PackageId packageId) {
        super(ErrorCode.PACKAGE_NOT_FOUND, "package " + packageId + " does not exist");
    }
}
