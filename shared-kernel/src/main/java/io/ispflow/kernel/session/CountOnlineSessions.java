package io.ispflow.kernel.session;

import io.ispflow.kernel.TenantId;

/** Answers a {@code Long}: the tenant's ONLINE sessions, the dashboard's {@code onlineSessions}. */
public record CountOnlineSessions(TenantId tenantId) {
}
