package io.ispflow.kernel.tenant;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.CreateOperator;

/**
 * Give an ISP its own space on the installation, with the first operator who acts for it: both
 * are created together or neither is, so no tenant is ever left without someone to sign in.
 */
public record CreateTenant(TenantId tenantId, TenantProfile profile, CreateOperator firstOperator) {

    /** The profile must be {@linkplain TenantProfile#storable() storable}. */
    public CreateTenant {
        profile = profile.storable();
    }
}
