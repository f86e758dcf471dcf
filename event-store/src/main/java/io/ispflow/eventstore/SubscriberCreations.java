package io.ispflow.eventstore;

import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * What a create answers, read from its stored SubscriberCreated in one query. The event store's own
 * read would also look for a snapshot and deserialise and upcast the whole event, and the position
 * would be one more query: together three queries per create where one does. Events that are not
 * in the JDBC table (the {@code axonserver} profile) are read through the event store.
 */
@Component
public class SubscriberCreations {

    /** The account number a new subscriber was given, and the position of its creation. */
    public record Creation(String accountNumber, long position) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final EventStorePositions positions;

    SubscriberCreations(JdbcTemplate jdbc, EventStore events, EventStorePositions positions) {
        this.jdbc = jdbc;
        this.events = events;
        this.positions = positions;
    }

    public Creation of(SubscriberId id) {
        List<Creation> stored = jdbc.query(
                "SELECT global_index, payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                (rs, row) -> new Creation(JSON.readTree(rs.getBytes(2)).get("accountNumber").asString(), rs.getLong(1)),
                id.toString());
        return stored.isEmpty() ? readThroughTheEventStore(id) : stored.get(0);
    }

    private Creation readThroughTheEventStore(SubscriberId id) {
        SubscriberCreated created = (SubscriberCreated) events.readEvents(id.toString()).next().getPayload();
        return new Creation(created.accountNumber(), positions.head());
    }
}
