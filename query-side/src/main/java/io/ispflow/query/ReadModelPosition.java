package io.ispflow.query;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * How far the read model has come, read from its processor's tokens in the database, so it holds
 * whether or not the projector runs in this process.
 */
@Component
public class ReadModelPosition {

    static final String PROCESSOR = "read-model";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Duration maxWait;

    ReadModelPosition(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                      @Value("${ispflow.query.max-position-wait:5s}") Duration maxWait) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.maxWait = maxWait;
    }

    /** True once every segment of the read model has processed the event at this position. */
    public boolean hasProcessed(long position) {
        TrackingToken wanted = GapAwareTrackingToken.newInstance(position, Collections.emptySet());
        List<TrackingToken> tokens = jdbc.query(
                "SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (rs, row) -> rs.getBytes("token") == null ? null : serializer.deserialize(
                        new SimpleSerializedObject<>(rs.getBytes("token"), byte[].class, rs.getString("token_type"), null)),
                PROCESSOR);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token != null && token.covers(wanted));
    }

    /** Waits, up to the configured bound, until the read model has processed the position. */
    public void await(long position) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!hasProcessed(position)) {
            if (System.nanoTime() > deadline) {
                throw new DomainException(ErrorCode.PROJECTION_LAGGING,
                        "the read model has not reached position " + position + " within " + maxWait.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the read model", e);
            }
        }
    }
}
