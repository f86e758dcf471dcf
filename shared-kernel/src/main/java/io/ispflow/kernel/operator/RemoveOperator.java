package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
/** Take an operator's sign-in away for good. */
public record RemoveOperator(@TargetAggregateIdentifier OperatorId operatorId, TenantId tenantId) {
}
