package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;

/** Answers an {@code Optional<PackageView>}: empty when the tenant has no such package. */
public record FindPackage(TenantId tenantId, PackageId packageId) {
}
