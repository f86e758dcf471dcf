package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;

/** An operator's unchanged password is kept under a stronger hash from now on; their sessions go on. */
public record OperatorPasswordRehashed(OperatorId operatorId, TenantId tenantId, PasswordHash passwordHash) {
}
