package io.ispflow.server.auth;

import io.ispflow.kernel.Role;
import io.ispflow.kernel.voucher.VoucherPrinting;

import java.util.EnumSet;
import java.util.Set;

import static io.ispflow.kernel.Role.ADMIN;
import static io.ispflow.kernel.Role.AUDITOR;
import static io.ispflow.kernel.Role.OPERATOR;
import static io.ispflow.kernel.Role.OWNER;
import static io.ispflow.kernel.Role.PLATFORM_ADMIN;
import static io.ispflow.kernel.Role.READONLY;

/** Kinds of endpoint, each with the roles allowed to call it: the rows of docs/security.md. */
enum EndpointClass {

    /** Sign-in, refresh and the API's description: the only endpoints a request without a token reaches. */
    PUBLIC(EnumSet.allOf(Role.class)),
    SIGN_OUT(EnumSet.allOf(Role.class)),
    READ(EnumSet.of(OWNER, ADMIN, OPERATOR, AUDITOR, READONLY)),
    HISTORY(EnumSet.of(OWNER, ADMIN, OPERATOR, AUDITOR)),
    SUBSCRIBER_CHANGE(EnumSet.of(OWNER, ADMIN, OPERATOR)),
    SUBSCRIBER_TERMINATE(EnumSet.of(OWNER, ADMIN)),
    SUBSCRIBER_FORGET(EnumSet.of(OWNER)),
    /** Issuing and revoking vouchers: the counter's daily work, like signing up a subscriber. */
    VOUCHER_CHANGE(EnumSet.of(OWNER, ADMIN, OPERATOR)),
    CATALOG_CHANGE(EnumSet.of(OWNER, ADMIN)),
    /** Voucher codes, which are RADIUS credentials: the roles that sell vouchers print them. */
    VOUCHER_PRINT(EnumSet.copyOf(VoucherPrinting.ROLES)),
    ROUTER_SECRET(EnumSet.of(OWNER, ADMIN)),
    /**
     * A router's own call: no operator's token, since the router's API token in {@code X-API-Key} names the router
     * and the endpoint checks it. An operator's token is refused there (operators have endpoints of their own).
     */
    ROUTER_API_KEY(EnumSet.noneOf(Role.class)),
    /** A tenant's VPN servers' agent keys: made, listed and revoked by those who hold the routers' secrets. */
    VPN_AGENT_KEYS(EnumSet.of(OWNER, ADMIN)),
    /**
     * A VPN server agent's call: no operator's token, since the tenant's agent key in {@code X-API-Key} names the
     * tenant and the endpoint checks it.
     */
    VPN_AGENT_KEY(EnumSet.noneOf(Role.class)),
    /**
     * The tunnel's peers: of every tenant for the platform administrator (the installation's WireGuard server), of its
     * tenant only for an agent key in {@code X-API-Key} (a tenant's VPN server), with no token.
     */
    WIREGUARD_PEERS(EnumSet.of(PLATFORM_ADMIN)),
    /** Installation-wide: every tenant's RADIUS rows and the processors that serve them all. */
    OPERATIONS(EnumSet.of(PLATFORM_ADMIN)),
    /**
     * Webhooks, reads included: a webhook's URL leads to the tenant's own gateways, and a webhook sends the
     * tenant's events out of the installation.
     */
    WEBHOOKS(EnumSet.of(OWNER, ADMIN)),
    OPERATORS(EnumSet.of(OWNER)),
    TENANTS(EnumSet.of(PLATFORM_ADMIN));

    private final Set<Role> allowed;

    EndpointClass(Set<Role> allowed) {
        this.allowed = allowed;
    }

    boolean isPublic() {
        return this == PUBLIC;
    }

    /** Reached by its role's token, or without one when an agent key is presented, which the endpoint checks. */
    boolean alsoByAgentKey() {
        return this == WIREGUARD_PEERS;
    }

    /** Reached without an operator's token: the endpoint authenticates the router or the agent by its API key. */
    boolean byApiKey() {
        return this == ROUTER_API_KEY || this == VPN_AGENT_KEY;
    }

    boolean allows(Role role) {
        return allowed.contains(role);
    }

    Set<Role> allowed() {
        return allowed;
    }
}
