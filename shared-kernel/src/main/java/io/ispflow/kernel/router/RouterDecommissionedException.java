package io.ispflow.kernel.router;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** A decommissioned router accepts no further command. */
public class RouterDecommissionedException extends DomainException {

    public RouterDecommissionedException(RouterId routerId) {
        super(ErrorCode.ROUTER_DECOMMISSIONED, "router " + routerId + " is decommissioned");
    }
}
