package io.ispflow.benchmark.probe;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;

/**
 * Replays the radius tracking processor into empty RADIUS tables (shut down, empty the tables, reset
 * the token, start) and tells how far it has come: the stand-in for the rebuild endpoint until that
 * endpoint exists.
 */
class RadiusReplay {

    /** Every table the radius processor writes, FreeRADIUS's and ispflow's own. */
    private static final List<String> TABLES = List.of("radcheck", "radreply", "radusergroup", "radgroupcheck",
            "radgroupreply", "nas", "radius_user", "router_nas");

    /** The processor's position against the event store's head; {@code replaying} while a reset is under way. */
    record Progress(long position, long head, boolean replaying) {
    }

    private final EventProcessingConfiguration processors;
    private final RadiusDatabase radius;
    private final EventStore events;

    RadiusReplay(EventProcessingConfiguration processors, RadiusDatabase radius, EventStore events) {
        this.processors = processors;
        this.radius = radius;
        this.events = events;
    }

    Progress start() {
        TrackingEventProcessor processor = processor();
        processor.shutDown();
        TABLES.forEach(table -> radius.jdbcTemplate().execute("TRUNCATE TABLE " + table));
        processor.resetTokens();
        processor.start();
        return progress();
    }

    Progress progress() {
        TrackingToken head = events.createHeadToken();
        long position = processor().processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
        boolean replaying = processor().processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        return new Progress(position, head == null ? -1 : head.position().orElse(-1), replaying);
    }

    private TrackingEventProcessor processor() {
        return processors.eventProcessor(RadiusProjectorConfiguration.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
    }
}
