package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.Role;
/** Someone may sign in for the tenant with this role. */
public record OperatorCreated(OperatorId operatorId, TenantId tenantId, String username, Role role, PasswordHash passwordHash) {
}
