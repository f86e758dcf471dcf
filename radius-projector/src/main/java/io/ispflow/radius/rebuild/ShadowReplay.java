package io.ispflow.radius.rebuild;

import io.ispflow.eventstore.DeadLetterTable;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectors;
import io.ispflow.radius.RadiusTables;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;

import java.util.Set;
import java.util.function.Supplier;

import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;

/**
 * Fills a set of shadow tables from the event store up to exactly the position of the live tables, while the
 * live processor keeps projecting; pauses it only to project the last events and to act on the twin sets.
 */
final class ShadowReplay {

    private final RadiusDatabase radius;
    private final EventProcessingConfiguration processing;
    private final PersonalDataVault vault;

    ShadowReplay(RadiusDatabase radius, EventProcessingConfiguration processing, PersonalDataVault vault) {
        this.radius = radius;
        this.processing = processing;
        this.vault = vault;
    }

    /** Replays into {@code shadow}, runs {@code whileEqual} while both sets hold the same events, drops what is left of the shadow. */
    <T> T run(RadiusTables shadow, ReplayProgress progress, Supplier<T> whileEqual) {
        LiveRadiusProcessor live = new LiveRadiusProcessor(processing, radius);
        ShadowTables tables = new ShadowTables(radius);
        TrackingToken head = live.events().createHeadToken();
        progress.total(head == null ? 0 : head.position().orElse(0));
        tables.create(shadow);
        try (EventReplay replay = new EventReplay(live.events().openStream(null),
                RadiusProjectors.writing(radius, shadow, vault), radius, progress::event)) {
            // follow the running live processor until less than a batch behind; pause it only for that stretch
            int read;
            do {
                TrackingToken position = live.position();
                // read after the position: every event up to it that the processor parked is in it
                replay.skipping(parkedEvents());
                read = replay.follow(position);
            } while (read == EventReplay.BATCH);
            return live.whilePaused((position, keepClaim) -> {
                // the paused processor parks nothing more: what it parked until now is all there is to leave out
                replay.skipping(parkedEvents());
                replay.catchUpTo(position, keepClaim);
                return whileEqual.get();
            });
        } finally {
            tables.drop(shadow);
        }
    }

    /**
     * The events the live processor parked as dead letters (the server's {@code RadiusDeadLetters}): a replay
     * leaves them out as the live tables do, so an event the database refuses neither stops a rebuild nor shows
     * as drift while it is parked.
     */
    private Set<String> parkedEvents() {
        return DeadLetterTable.parkedEvents(radius.jdbcTemplate(), PROCESSING_GROUP);
    }
}
