package io.ispflow.kernel.operator;

import io.ispflow.kernel.TenantId;

/** Answers a list of {@link OperatorView}, the tenant's operators who were not removed, by username. */
public record ListOperators(TenantId tenantId) {
}
