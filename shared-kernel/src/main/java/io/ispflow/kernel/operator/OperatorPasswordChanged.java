package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
/** An operator's password changed; sessions signed in before it no longer work. */
public record OperatorPasswordChanged(OperatorId operatorId, TenantId tenantId, PasswordHash passwordHash) {
}
