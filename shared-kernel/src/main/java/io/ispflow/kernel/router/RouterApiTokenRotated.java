package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.SealedValue;

/**
 * The router's API token (a string sealed with the router's key) was replaced, with its RADIUS secret:
 * both are in the setup script, so a script that leaked is worth nothing after a rotation.
 */
public record RouterApiTokenRotated(RouterId routerId, TenantId tenantId, SealedValue apiToken) {
}
