package io.ispflow.kernel.tenant;

/** Answers a list of {@link TenantView}, every tenant on the installation, by slug: the platform administrator's. */
public record ListTenants() {
}
