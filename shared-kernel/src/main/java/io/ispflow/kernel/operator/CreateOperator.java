package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import io.ispflow.kernel.Role;
/** Give someone a sign-in for a tenant with one role; the password arrives hashed. */
public record CreateOperator(@TargetAggregateIdentifier OperatorId operatorId, TenantId tenantId, String username, Role role, PasswordHash passwordHash) {
}
