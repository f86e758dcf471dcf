package io.ispflow.radius.rebuild;

import io.ispflow.radius.RadiusDatabase;

import java.util.Set;

import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;

/**
 * The events the live processor parked as dead letters (the server's {@code RadiusDeadLetters}, table
 * {@code dead_letter_entry} of the RADIUS database): a replay leaves them out as the live tables do, so
 * an event the database refuses neither stops a rebuild nor shows as drift while it is parked.
 */
final class ParkedEvents {

    private ParkedEvents() {
    }

    static Set<String> of(RadiusDatabase radius) {
        return Set.copyOf(radius.jdbcTemplate().queryForList(
                "SELECT event_identifier FROM dead_letter_entry WHERE processing_group = ?", String.class, PROCESSING_GROUP));
    }
}
