package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.serialization.Revision;

/** The router's RADIUS shared secret (a string, sealed with the router's key) was replaced; the old one no longer works. */
@Revision("2")
public record RouterSecretRotated(RouterId routerId, TenantId tenantId, SealedValue radiusSecret) {
}
