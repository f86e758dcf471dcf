package io.ispflow.kernel.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace the hash {@code replaced} of an operator's password with {@code passwordHash}, the same
 * password hashed with stronger parameters, made as they signed in with it. A hash that is no longer
 * the operator's (their password changed meanwhile) is left alone; their sessions go on either way.
 */
public record RehashOperatorPassword(@TargetAggregateIdentifier OperatorId operatorId, TenantId tenantId,
                                     PasswordHash replaced, PasswordHash passwordHash) {
}
