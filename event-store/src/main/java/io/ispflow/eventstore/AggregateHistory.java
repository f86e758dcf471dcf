package io.ispflow.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An aggregate's events as they are stored: upcast as Axon reads them, with their metadata (who, in which
 * request, from where), each with its position in the event store. What to show of them is the reader's.
 */
@Component
public class AggregateHistory {

    /** {@code position} is -1 for an event that is not in the JDBC table (the {@code axonserver} profile). */
    public record Entry(DomainEventMessage<?> event, long position) {
    }

    private final EventStore events;
    private final JdbcTemplate jdbc;

    AggregateHistory(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Oldest first; empty for an aggregate without events. */
    public List<Entry> of(Object aggregateId) {
        Map<Long, Long> positions = jdbc.query(
                "SELECT sequence_number, global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)), aggregateId.toString())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Entry> history = new ArrayList<>();
        events.readEvents(aggregateId.toString()).forEachRemaining(event ->
                history.add(new Entry(event, positions.getOrDefault(event.getSequenceNumber(), -1L))));
        return history;
    }
}
