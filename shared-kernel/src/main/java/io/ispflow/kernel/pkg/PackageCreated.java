package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;

/** A tenant now offers this package; it is active until retired. */
public record PackageCreated(PackageId packageId, TenantId tenantId, PackageTerms terms) {
}
