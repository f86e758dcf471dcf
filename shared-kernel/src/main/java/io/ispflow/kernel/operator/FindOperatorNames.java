package io.ispflow.kernel.operator;

import io.ispflow.kernel.TenantId;

import java.util.Set;
import java.util.UUID;

/**
 * Answers {@link OperatorNames}: the username of each of the tenant's operators among {@code operatorIds},
 * removed ones included, so a history names whoever acted even after they left.
 */
public record FindOperatorNames(TenantId tenantId, Set<UUID> operatorIds) {
}
