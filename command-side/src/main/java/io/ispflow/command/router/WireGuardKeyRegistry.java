package io.ispflow.command.router;

import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.router.WireGuardKeyTakenException;

/**
 * WireGuard public keys are unique among active routers, across tenants: the installation has one
 * tunnel subnet and one peer set, in which a key names one peer.
 */
public interface WireGuardKeyRegistry {

    /**
     * Gives the key to the router in place of the key it had, inside the caller's transaction.
     *
     * @throws WireGuardKeyTakenException when another router has it
     */
    void claim(WireGuardKey key, RouterId routerId);

    /** Frees the router's key, inside the caller's transaction. */
    void release(RouterId routerId);
}
