package io.ispflow.command.subscriber;

import io.ispflow.kernel.TenantId;

/** Hands out account numbers: the tenant's prefix and the next number of that tenant's own count. */
public interface AccountNumbers {

    String next(TenantId tenantId);
}
