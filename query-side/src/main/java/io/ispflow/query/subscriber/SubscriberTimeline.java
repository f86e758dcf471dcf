package io.ispflow.query.subscriber;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A subscriber's events straight from the event store (upcast as Axon reads them), each with its
 * position. Only the subscriber's own tenant sees them.
 */
@Component
class SubscriberTimeline {

    record Entry(DomainEventMessage<?> event, long position) {
    }

    private final EventStore events;
    private final JdbcTemplate jdbc;

    SubscriberTimeline(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    List<Entry> of(SubscriberId id, Actor actor) {
        Map<Long, Long> positions = jdbc.query(
                "SELECT sequence_number, global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)), id.toString())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Entry> timeline = new ArrayList<>();
        events.readEvents(id.toString()).forEachRemaining(event ->
                timeline.add(new Entry(event, positions.getOrDefault(event.getSequenceNumber(), -1L))));
        if (timeline.isEmpty() || !(timeline.get(0).event().getPayload() instanceof SubscriberCreated created)
                || !created.tenantId().equals(actor.tenantId())) {
            throw new NotFoundException("subscriber " + id);
        }
        return timeline;
    }
}
