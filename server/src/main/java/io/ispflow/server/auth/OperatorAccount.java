package io.ispflow.server.auth;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;

/** An operator who can sign in, with the hash of their password. */
record OperatorAccount(OperatorId id, TenantId tenantId, String username, String passwordHash, String role) {

    Actor actor() {
        return new Actor(id, tenantId, username, role);
    }

    @Override
    public String toString() {
        return "OperatorAccount[" + username + ", " + role + "]";
    }
}
