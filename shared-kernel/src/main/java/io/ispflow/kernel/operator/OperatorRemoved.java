package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
/** An operator can no longer sign in; their history stays. */
public record OperatorRemoved(OperatorId operatorId, TenantId tenantId) {
}
