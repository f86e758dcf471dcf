package io.ispflow.projection.router;

import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.projection.ProjectionsConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/** Keeps the router list. */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class RouterProjector {

    private final RouterEntries routers;

    RouterProjector(RouterEntries routers) {
        this.routers = routers;
    }

    @EventHandler
    void on(RouterRegistered e, @Timestamp Instant at) {
        routers.save(new RouterEntry(e, at));
    }

    @EventHandler
    void on(RouterUpdated e, @Timestamp Instant at) {
        change(e.routerId(), entry -> entry.describe(e.details(), at));
    }

    /** The list never shows the secret, only that the router changed. */
    @EventHandler
    void on(RouterSecretRotated e, @Timestamp Instant at) {
        change(e.routerId(), entry -> entry.touch(at));
    }

    @EventHandler
    void on(RouterDecommissioned e, @Timestamp Instant at) {
        change(e.routerId(), entry -> entry.decommission(at));
    }

    /** Every router event follows its RouterRegistered, which this processor has already projected. */
    private void change(RouterId id, Consumer<RouterEntry> change) {
        RouterEntry entry = routers.findById(id.value())
                                   .orElseThrow(() -> new IllegalStateException("router " + id + " was never registered"));
        change.accept(entry);
        routers.save(entry);
    }

    /** A replay rebuilds the list from the first event. */
    @ResetHandler
    void reset() {
        routers.deleteAllInBatch();
    }
}
