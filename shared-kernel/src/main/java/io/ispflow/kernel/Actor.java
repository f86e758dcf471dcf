package io.ispflow.kernel;

/**
 * Who is acting: the operator behind a request and the tenant they act for. It comes from the
 * access token, never from a request body.
 */
public record Actor(OperatorId operatorId, TenantId tenantId, String username, Role role) {

    /**
     * Who acted, in an event's {@code operatorId} metadata, when nobody did: a change a policy made on
     * its own, such as a subscription that expired.
     */
    public static final String SYSTEM = "system";
}
