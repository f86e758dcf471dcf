package io.ispflow.kernel;

/**
 * Who is acting: the operator behind a request and the tenant they act for. It comes from the
 * access token, never from a request body.
 */
public record Actor(OperatorId operatorId, TenantId tenantId, String username, Role role) {
}
