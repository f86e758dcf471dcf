package io.ispflow.kernel.pkg;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

/** Answers a {@code Page<PackageView>} of the tenant's packages, by name. */
public record ListPackages(TenantId tenantId, PageRequest page) {
}
