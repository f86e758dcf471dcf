package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

/** A router's name, site or description changed. */
public record RouterUpdated(RouterId routerId, TenantId tenantId, RouterDetails details) {
}
