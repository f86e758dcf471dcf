package io.ispflow.kernel;

/**
 * What an operator may do within their tenant; docs/security.md has the role-by-endpoint matrix.
 * The platform administrator manages tenants and nothing inside them.
 */
public enum Role {
    /** Everything in the tenant, operators included. */
    OWNER,
    /** Everything in the tenant but its operators. */
    ADMIN,
    /** Subscribers: create, change, suspend, renew; reads everything. */
    OPERATOR,
    /** Reads everything, history and drift included; changes nothing. */
    AUDITOR,
    /** Reads lists and records, not history. */
    READONLY,
    /** Creates, suspends and reactivates tenants. */
    PLATFORM_ADMIN
}
