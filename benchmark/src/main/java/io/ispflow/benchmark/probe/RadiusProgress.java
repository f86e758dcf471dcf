package io.ispflow.benchmark.probe;

import io.ispflow.radius.RadiusProjectorConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** How far the radius tracking processor has come against the event store's head. */
class RadiusProgress {

    /** The processor's position against the event store's head; {@code replaying} while a reset is under way. */
    record Progress(long position, long head, boolean replaying) {
    }

    private final EventProcessingConfiguration processors;
    private final EventStore events;

    RadiusProgress(EventProcessingConfiguration processors, EventStore events) {
        this.processors = processors;
        this.events = events;
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
