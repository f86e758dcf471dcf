package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a create answers, read from its stored SubscriberCreated in one query. The event store's own
 * read would also look for a snapshot and deserialise and upcast the whole event, and the position
 * would be one more query: together three queries per create where one does.
 */
@Component
class StoredCreations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    StoredCreations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account number the new subscriber was given, and the position of its creation. */
    SubscriberCommandController.SubscriberCreatedAnswer answerFor(SubscriberId id) {
        return jdbc.queryForObject(
                "SELECT global_index, payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                (rs, row) -> new SubscriberCommandController.SubscriberCreatedAnswer(id.value(),
                        JSON.readTree(rs.getBytes(2)).get("accountNumber").asString(), rs.getLong(1)),
                id.toString());
    }
}
