package io.ispflow.command.subscriber;

import io.ispflow.kernel.TenantId;

/** Hands out account numbers: the tenant's prefix and a number that is never handed out again. */
public interface AccountNumbers {

    String next(TenantId tenantId);
}
