package io.ispflow.command.pkg;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageNotFoundException;
import io.ispflow.kernel.pkg.PackageRetiredException;

/** The packages subscriber commands may refer to, as the command side knows them. */
public interface PackageCatalog {

    /**
     * @throws PackageNotFoundException when the tenant has no such package
     * @throws PackageRetiredException  when the package takes no new subscribers
     */
    ActivePackage requireActive(TenantId tenantId, PackageId packageId);

    /** The package's validity in days, or null when its subscriptions have no end; retired or not. */
    Integer validityDays(TenantId tenantId, PackageId packageId);
}
