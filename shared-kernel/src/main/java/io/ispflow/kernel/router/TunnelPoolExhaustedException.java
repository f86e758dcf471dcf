package io.ispflow.kernel.router;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** Every address of the WireGuard tunnel subnet is taken by a registered router. */
public class TunnelPoolExhaustedException extends DomainException {

    public TunnelPoolExhaustedException() {
        super(ErrorCode.TUNNEL_POOL_EXHAUSTED, "no free tunnel address is left for a new router");
    }
}
