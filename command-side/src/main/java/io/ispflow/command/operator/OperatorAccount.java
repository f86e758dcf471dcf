package io.ispflow.command.operator;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;

/**
 * An operator who can sign in, with the hash of their password, the version of their credentials
 * (tokens of an older version are refused) and whether their tenant may act.
 */
public record OperatorAccount(OperatorId id, TenantId tenantId, String username, String passwordHash, Role role,
                              int credentialsVersion, boolean tenantActive) {

    public Actor actor() {
        return new Actor(id, tenantId, username, role);
    }

    @Override
    public String toString() {
        return "OperatorAccount[" + username + ", " + role + "]";
    }
}
