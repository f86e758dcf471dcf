package io.ispflow.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Positions in the event store, for command answers: a client passes the position back as
 * {@code X-Min-Position} to read its own write.
 */
@Component
public class EventStorePositions {

    private final JdbcTemplate jdbc;

    EventStorePositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The position of the newest event of one aggregate, or the head if it has none. */
    public long lastEventOf(Object aggregateId) {
        Long position = jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId.toString());
        return position != null ? position : head();
    }

    /** The position of the newest event of all, -1 for an empty store. */
    public long head() {
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return position != null ? position : -1;
    }
}
