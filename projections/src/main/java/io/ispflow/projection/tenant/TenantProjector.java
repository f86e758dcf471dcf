package io.ispflow.projection.tenant;

import io.ispflow.kernel.tenant.TenantCreated;
import io.ispflow.kernel.tenant.TenantReactivated;
import io.ispflow.kernel.tenant.TenantSuspended;
import io.ispflow.projection.ProjectedRows;
import io.ispflow.projection.ProjectionsConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps the tenant list. Saving by id makes a replayed event overwrite, never duplicate. */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class TenantProjector {

    private final TenantEntries tenants;

    TenantProjector(TenantEntries tenants) {
        this.tenants = tenants;
    }

    @EventHandler
    void on(TenantCreated e) {
        tenants.save(new TenantEntry(e.tenantId().value(), e.profile()));
    }

    @EventHandler
    void on(TenantSuspended e) {
        ProjectedRows.change(tenants, e.tenantId().value(), TenantEntry::suspend);
    }

    @EventHandler
    void on(TenantReactivated e) {
        ProjectedRows.change(tenants, e.tenantId().value(), TenantEntry::reactivate);
    }

    /** A replay rebuilds the list from the first event. */
    @ResetHandler
    void reset() {
        tenants.deleteAllInBatch();
    }
}
