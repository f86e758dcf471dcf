package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
/** An ISP joined the installation. */
public record TenantCreated(TenantId tenantId, TenantProfile profile) {
}
