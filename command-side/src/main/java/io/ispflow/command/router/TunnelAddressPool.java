package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.TunnelPoolExhaustedException;

/** The WireGuard tunnel addresses routers are given, one each. */
public interface TunnelAddressPool {

    /**
     * Takes the lowest free address for the router, inside the caller's transaction.
     *
     * @throws TunnelPoolExhaustedException when every address is taken
     */
    Ipv4Address allocate(RouterId routerId);

    /** Frees the router's address for the next router, inside the caller's transaction. */
    void release(RouterId routerId);
}
