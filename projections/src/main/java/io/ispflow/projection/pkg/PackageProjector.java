package io.ispflow.projection.pkg;

import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageRetired;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.projection.ProjectedRows;
import io.ispflow.projection.ProjectionsConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the package list. Saving by id makes a replayed event overwrite, never duplicate. */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class PackageProjector {

    private final PackageEntries packages;

    PackageProjector(PackageEntries packages) {
        this.packages = packages;
    }

    @EventHandler
    void on(PackageCreated e, @Timestamp Instant at) {
        PackageEntry entry = new PackageEntry(e.packageId().value(), e.tenantId().value(), at);
        entry.apply(e.terms(), at);
        packages.save(entry);
    }

    @EventHandler
    void on(PackageUpdated e, @Timestamp Instant at) {
        ProjectedRows.change(packages, e.packageId().value(), entry -> entry.apply(e.terms(), at));
    }

    @EventHandler
    void on(PackageRetired e, @Timestamp Instant at) {
        ProjectedRows.change(packages, e.packageId().value(), entry -> entry.retire(at));
    }

    /** A replay rebuilds the list from the first event. */
    @ResetHandler
    void reset() {
        packages.deleteAllInBatch();
    }
}
