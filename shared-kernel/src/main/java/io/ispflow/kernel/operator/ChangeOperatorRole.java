package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import io.ispflow.kernel.Role;
/** Give an operator another role; their sessions end. */
public record ChangeOperatorRole(@TargetAggregateIdentifier OperatorId operatorId, TenantId tenantId, Role role) {
}
