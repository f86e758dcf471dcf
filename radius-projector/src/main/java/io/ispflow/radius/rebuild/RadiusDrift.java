package io.ispflow.radius.rebuild;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusTables;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Compares the live RADIUS tables with what the events imply: replays the event store into scratch tables
 * with the live projectors' code, up to the live tables' position, and lists every difference.
 */
@Component
public class RadiusDrift {

    static final RadiusTables EXPECTED = new RadiusTables("_expected");

    private final RadiusDatabase radius;
    private final ShadowReplay replay;
    private final RadiusMaintenance maintenance;

    public RadiusDrift(RadiusDatabase radius, EventProcessingConfiguration processing, RadiusMaintenance maintenance,
                       PersonalDataVault vault) {
        this.radius = radius;
        this.replay = new ShadowReplay(radius, processing, vault);
        this.maintenance = maintenance;
    }

    /** Checks now, pausing the live processor while the two sets are compared; REBUILD_RUNNING while a rebuild runs. */
    public DriftReport check() {
        return check(DriftCheckLimit.NONE);
    }

    /**
     * Checks now, as {@link #check()}, when {@code limit} lets one more check start (RATE_LIMITED otherwise);
     * RADIUS_UNAVAILABLE, without using up the limit, while the RADIUS database does not answer.
     */
    public DriftReport check(DriftCheckLimit limit) {
        radius.requireReachable();
        maintenance.begin();
        try {
            limit.take();
            return replay.run(EXPECTED, ReplayProgress.NONE, () -> {
                TableFacts expected = TableFacts.read(radius.jdbcTemplate(), EXPECTED);
                TableFacts actual = TableFacts.read(radius.jdbcTemplate(), RadiusTables.LIVE);
                return new DriftReport(Instant.now(), expected.differencesIn(actual));
            });
        } finally {
            maintenance.finish();
        }
    }
}
