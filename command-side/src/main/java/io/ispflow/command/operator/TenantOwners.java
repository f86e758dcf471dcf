package io.ispflow.command.operator;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.TenantId;

/** A tenant always keeps an OWNER, or nobody could manage its operators again. */
public interface TenantOwners {

    /** Counts the tenant's owners, holding off any other change of owners until the caller's transaction ends. */
    int countLocked(TenantId tenantId);

    static DomainException lastOwner() {
        return new DomainException(ErrorCode.LAST_OWNER, "the tenant's last OWNER cannot be removed or given another role");
    }
}
