package io.ispflow.command.tenant;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tenant slugs are unique; a claim commits with the tenant's first event. */
@Component
class TenantSlugs {

    private final JdbcTemplate jdbc;

    TenantSlugs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void claim(String slug, TenantId tenantId) {
        int claimed = jdbc.update("INSERT INTO tenant_slug_claim (slug, tenant_id) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING",
                slug, tenantId.value());
        if (claimed == 0) {
            throw new DomainException(ErrorCode.SLUG_TAKEN, "tenant slug " + slug + " is taken");
        }
    }
}
