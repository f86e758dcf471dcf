package io.ispflow.projection.tenant;

import io.ispflow.kernel.tenant.ListTenants;
import io.ispflow.kernel.tenant.TenantView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers tenant queries from the read model. */
@Component
class TenantQueries {

    private final TenantEntries tenants;

    TenantQueries(TenantEntries tenants) {
        this.tenants = tenants;
    }

    @QueryHandler
    List<TenantView> handle(ListTenants query) {
        return tenants.findAllByOrderBySlug().stream().map(TenantEntry::view).toList();
    }
}
