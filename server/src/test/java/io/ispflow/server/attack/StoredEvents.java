package io.ispflow.server.attack;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The event store as the attacker's suite audits it: which requests appended events after a mark. */
final class StoredEvents {

    private final EventStorageEngine engine;

    StoredEvents(EventStorageEngine engine) {
        this.engine = engine;
    }

    /** The head now: events appended later are after this mark. */
    TrackingToken mark() {
        return engine.createHeadToken();
    }

    /** The newest event's position. */
    long headPosition() {
        return mark().position().orElse(0);
    }

    /** Each request id found on events appended after the mark, with the types of those events. */
    Map<String, List<String>> requestsSince(TrackingToken mark) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(mark, false)) {
            return events.filter(event -> event.getMetaData().get("requestId") != null)
                    .collect(Collectors.groupingBy(event -> event.getMetaData().get("requestId").toString(),
                            Collectors.mapping(event -> event.getPayloadType().getSimpleName(), Collectors.toList())));
        }
    }
}
