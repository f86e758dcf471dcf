package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

/** The router's RADIUS shared secret was replaced; the old one no longer works. */
public record RouterSecretRotated(RouterId routerId, TenantId tenantId, String radiusSecret) {

    @Override
    public String toString() {
        return "RouterSecretRotated[routerId=" + routerId + ", tenantId=" + tenantId + ", radiusSecret=***]";
    }
}
