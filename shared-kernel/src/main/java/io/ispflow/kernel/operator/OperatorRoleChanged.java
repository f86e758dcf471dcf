package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.Role;
/** An operator's role changed; sessions signed in before it no longer work. */
public record OperatorRoleChanged(OperatorId operatorId, TenantId tenantId, Role from, Role to) {
}
