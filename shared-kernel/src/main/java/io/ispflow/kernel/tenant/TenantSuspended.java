package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
/** A tenant's operators are locked out until it is reactivated. */
public record TenantSuspended(TenantId tenantId, String reason) {
}
