package io.ispflow.kernel.router;

/** Who told ispflow a router's WireGuard public key. */
public enum WireGuardKeySource {
    /** The router itself, at the end of its setup script, authenticated by its API token. */
    ROUTER,
    /** An operator, who read it off the router. */
    OPERATOR
}
