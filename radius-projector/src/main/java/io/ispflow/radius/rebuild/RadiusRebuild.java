package io.ispflow.radius.rebuild;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusTables;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the RADIUS tables from the event store without an outage: replays every event into shadow tables
 * with the live projectors' code, then swaps them in atomically. The live tables and their processor's token
 * are at the same position at the swap, so the token stays valid and no event is lost or applied twice.
 */
@Component
public class RadiusRebuild {

    static final RadiusTables SHADOW = new RadiusTables("_rebuild");

    private final RadiusDatabase radius;
    private final ShadowReplay replay;

    public RadiusRebuild(RadiusDatabase radius, EventProcessingConfiguration processing, PersonalDataVault vault) {
        this.radius = radius;
        this.replay = new ShadowReplay(radius, processing, vault);
    }

    /** Throws RADIUS_UNAVAILABLE while the RADIUS database is away, so that no job starts only to fail. */
    public void requireDatabase() {
        radius.requireReachable();
    }

    /** Rebuilds, telling {@code progress} of each event read; fails, leaving the live tables as they were, on any error. */
    public void run(ReplayProgress progress) {
        ShadowTables tables = new ShadowTables(radius);
        replay.run(SHADOW, progress, () -> {
            tables.swapIn(SHADOW);
            return null;
        });
    }
}
