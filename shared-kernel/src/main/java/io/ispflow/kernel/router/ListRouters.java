package io.ispflow.kernel.router;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

/** Answers a {@link RouterList} of the tenant's routers, by name; those in {@code health} only, unless it is null. */
public record ListRouters(TenantId tenantId, PageRequest page, RouterHealth health) {
}
