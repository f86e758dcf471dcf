package io.ispflow.kernel.pkg;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

/** Answers a {@link PackageList} of the tenant's packages, by name. */
public record ListPackages(TenantId tenantId, PageRequest page) {
}
