package io.ispflow.query;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
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
    private final StoredTokens tokens;
    private final Duration maxWait;

    ReadModelPosition(JdbcTemplate jdbc, StoredTokens tokens,
                      @Value("${ispflow.query.max-position-wait:5s}") Duration maxWait) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.maxWait = maxWait;
    }

    /** True once every segment of the read model has processed the event at this position. */
    public boolean hasProcessed(long position) {
        List<StoredTokens.Segment> segments = tokens.of(jdbc, PROCESSOR);
        return !segments.isEmpty() && segments.stream().allMatch(s -> s.token() != null && reached(s.token(), position));
    }

    /**
     * Whether a token has passed the event at {@code position}: the JDBC store's tokens know their
     * gaps (events still being committed); Axon Server's are a plain sequence number. A replay from
     * the first event has no lower bound yet: it has passed nothing.
     */
    static boolean reached(TrackingToken token, long position) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return false;
        }
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.covers(GapAwareTrackingToken.newInstance(position, Collections.emptySet()));
        }
        return current.position().orElse(-1) >= position;
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
