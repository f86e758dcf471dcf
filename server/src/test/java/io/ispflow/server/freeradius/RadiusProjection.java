package io.ispflow.server.freeradius;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.server.Eventually;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * How far the RADIUS tables have come, read from the radius processor's token in the RADIUS
 * database: a rejection means something only once the tables hold the command that should cause it.
 */
final class RadiusProjection {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final RadiusDatabase radius;
    private final Serializer serializer;

    RadiusProjection(RadiusDatabase radius, Serializer serializer) {
        this.radius = radius;
        this.serializer = serializer;
    }

    /** Waits until every segment of the radius processor has projected the event at {@code position}. */
    void await(long position) {
        TrackingToken wanted = GapAwareTrackingToken.newInstance(position, Collections.emptySet());
        Eventually.value(this::tokens, tokens -> !tokens.isEmpty()
                && tokens.stream().allMatch(token -> token != null && token.covers(wanted)), PATIENCE);
    }

    private List<TrackingToken> tokens() {
        return radius.jdbcTemplate().query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (rs, row) -> rs.getBytes("token") == null ? null : serializer.deserialize(
                        new SimpleSerializedObject<>(rs.getBytes("token"), byte[].class, rs.getString("token_type"), null)),
                RadiusProjectorConfiguration.PROCESSING_GROUP);
    }
}
