package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;

/** Answers an {@code Optional<RouterView>}: empty when the tenant has no such router. */
public record FindRouter(TenantId tenantId, RouterId routerId) {
}
