package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
/** A suspended tenant's operators may sign in again. */
public record TenantReactivated(TenantId tenantId) {
}
