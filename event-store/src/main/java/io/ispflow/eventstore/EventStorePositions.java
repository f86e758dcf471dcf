package io.ispflow.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Positions in the event store: an aggregate's newest event's, for command answers (a client passes the
 * position back as {@code X-Min-Position} to read its own write), and the head.
 */
@Component
public class EventStorePositions {

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;

    EventStorePositions(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    /**
     * The position of the newest event of one aggregate, or the head if it has none in the JDBC table:
     * on Axon Server the head, which is at or past the aggregate's newest event once its command is done.
     */
    public long lastEventOf(Object aggregateId) {
        Long position = jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId.toString());
        return position != null ? position : head();
    }

    /** The position of the newest event of all, -1 for an empty store. */
    public long head() {
        TrackingToken newest = eventStore.createHeadToken();
        return newest == null ? -1 : newest.position().orElse(-1);
    }
}
