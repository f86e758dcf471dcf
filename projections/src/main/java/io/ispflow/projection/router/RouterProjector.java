package io.ispflow.projection.router;

import io.ispflow.kernel.router.RouterCameOnline;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterHealth;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.kernel.router.RouterWentOffline;
import io.ispflow.kernel.router.RouterWireGuardKeyRecorded;
import io.ispflow.projection.ProjectedRows;
import io.ispflow.projection.ProjectionsConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the router list. */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class RouterProjector {

    private final RouterEntries routers;
    private final RouterTransitions transitions;

    RouterProjector(RouterEntries routers, JdbcTemplate jdbc) {
        this.routers = routers;
        this.transitions = new RouterTransitions(jdbc);
    }

    @EventHandler
    void on(RouterRegistered e, @Timestamp Instant at) {
        routers.save(new RouterEntry(e, at));
    }

    @EventHandler
    void on(RouterUpdated e, @Timestamp Instant at) {
        ProjectedRows.change(routers, e.routerId().value(), entry -> entry.describe(e.details(), at));
    }

    /** The list never shows the secret, only that the router changed. */
    @EventHandler
    void on(RouterSecretRotated e, @Timestamp Instant at) {
        ProjectedRows.change(routers, e.routerId().value(), entry -> entry.touch(at));
    }

    @EventHandler
    void on(RouterWireGuardKeyRecorded e, @Timestamp Instant at) {
        ProjectedRows.change(routers, e.routerId().value(), entry -> entry.takeKey(e.publicKey(), at));
    }

    @EventHandler
    void on(RouterCameOnline e, @SequenceNumber long sequence) {
        ProjectedRows.change(routers, e.routerId().value(), entry -> entry.health(RouterHealth.ONLINE));
        transitions.record(e.routerId(), sequence, e.tenantId(), e.seenAt(), true);
    }

    /** The outage counts from the last sign of life, not from when the sweeper noticed. */
    @EventHandler
    void on(RouterWentOffline e, @SequenceNumber long sequence) {
        ProjectedRows.change(routers, e.routerId().value(), entry -> entry.health(RouterHealth.OFFLINE));
        transitions.record(e.routerId(), sequence, e.tenantId(), e.lastSeenAt(), false);
    }

    @EventHandler
    void on(RouterDecommissioned e, @Timestamp Instant at) {
        ProjectedRows.change(routers, e.routerId().value(), entry -> entry.decommission(at));
    }

    /** A replay rebuilds the list from the first event. */
    @ResetHandler
    void reset() {
        routers.deleteAllInBatch();
        transitions.deleteAll();
    }
}
