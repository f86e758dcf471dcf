package io.ispflow.server.integration;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/** An event as the event store holds it, to compare with what was published. */
record StoredEvent(long position, String eventId, String aggregateType, String aggregateId, long sequence,
                   String payloadType, String payloadRevision, String timestamp, String payload) {

    /** The events of these aggregates, in the store's order. */
    static List<StoredEvent> of(JdbcTemplate database, Collection<String> aggregateIds) {
        return database.query("""
                        SELECT global_index, event_identifier, type, aggregate_identifier, sequence_number, payload_type,
                               payload_revision, time_stamp, payload
                        FROM domain_event_entry WHERE aggregate_identifier = ANY (?) ORDER BY global_index""",
                (row, n) -> new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getLong(5), row.getString(6), row.getString(7), row.getString(8),
                        new String(row.getBytes(9), StandardCharsets.UTF_8)),
                (Object) aggregateIds.toArray(String[]::new));
    }

    String simpleType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
