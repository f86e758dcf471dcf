package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;

/** A package takes no new subscribers; those on it keep their service. */
public record PackageRetired(PackageId packageId, TenantId tenantId) {
}
