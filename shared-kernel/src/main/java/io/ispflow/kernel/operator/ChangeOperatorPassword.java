package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
/** Give an operator a new password, already hashed; their sessions end. */
public record ChangeOperatorPassword(@TargetAggregateIdentifier OperatorId operatorId, TenantId tenantId, PasswordHash passwordHash) {
}
