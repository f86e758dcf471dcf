package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;

/** A package's terms changed; they apply to every subscriber on it. */
public record PackageUpdated(PackageId packageId, TenantId tenantId, PackageTerms terms) {
}
