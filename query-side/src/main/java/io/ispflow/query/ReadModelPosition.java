package io.ispflow.query;

import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.eventstore.processor.StoredTokens;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the read model has come, read from its processor's tokens in the database, so it holds
 * whether or not the projector runs in this process.
 */
@Component
public class ReadModelPosition implements DisposableBean {

    static final String PROCESSOR = "read-model";
    private static final Duration READ_INTERVAL = Duration.ofMillis(10);

    private final EventStorePositions positions;
    private final Duration maxWait;
    private final ReadModelWatch watch;
    /** The newest head seen: it only grows, so a position at or below it needs no look at the store. */
    private final AtomicLong knownHead = new AtomicLong(-1);

    ReadModelPosition(StoredTokens tokens, EventStorePositions positions,
                      @Value("${ispflow.query.max-position-wait:5s}") Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
        this.watch = new ReadModelWatch(() -> tokens.of(PROCESSOR), READ_INTERVAL);
    }

    /**
     * Whether a token has passed the event at {@code position}: the JDBC store's tokens know their
     * gaps (positions not committed yet), of which only the position itself matters, for a gap below
     * it may be a write that rolled back and never fills; Axon Server's are a plain sequence number. A
     * replay from the first event has no lower bound yet: it has passed nothing.
     */
    static boolean reached(TrackingToken token, long position) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return false;
        }
        if (current instanceof GapAwareTrackingToken gapAware) {
            return position <= gapAware.getIndex() && !gapAware.getGaps().contains(position);
        }
        return current.position().orElse(-1) >= position;
    }

    /**
     * Waits, up to the configured bound, until the read model has processed the position. A position no
     * event has yet cannot be the caller's write: it is refused at once rather than waited for.
     */
    public void await(long position) {
        if (position > knownHead.get() && position > knownHead.accumulateAndGet(positions.head(), Math::max)) {
            throw new DomainException(ErrorCode.POSITION_BEYOND_HEAD, "position " + position
                    + " is beyond the event store's newest event, " + knownHead.get() + ": no write has it yet");
        }
        awaitPassed(position);
    }

    /**
     * Waits, up to the same bound, until the read model has every event stored so far, so that it shows
     * any write that was answered before this call, whoever made it.
     */
    public void awaitHead() {
        long head = knownHead.accumulateAndGet(positions.head(), Math::max);
        if (head >= 0) {
            awaitPassed(head);
        }
    }

    private void awaitPassed(long position) {
        if (!watch.awaitPassed(position, maxWait)) {
            throw new DomainException(ErrorCode.PROJECTION_LAGGING,
                    "the read model has not reached position " + position + " within " + maxWait.toSeconds() + " s");
        }
    }

    @Override
    public void destroy() {
        watch.close();
    }
}
