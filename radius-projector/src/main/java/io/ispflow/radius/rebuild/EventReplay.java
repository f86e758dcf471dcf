package io.ispflow.radius.rebuild;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectors;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the event store from its first event and projects into a set of tables exactly the events the live
 * processor has projected by a given position: the shadow tables then hold what the live tables hold.
 */
final class EventReplay implements AutoCloseable {

    /** Events projected, and their rows written, per transaction: a rebuild's rows go in a few thousand statements. */
    static final int BATCH = 2000;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** How long an empty read-ahead may be waited for before the replay counts itself caught up. */
    private static final Duration FOLLOW_PATIENCE = Duration.ofMillis(50);

    private final ReadAhead events;
    private final RadiusProjectors projectors;
    private final TransactionTemplate transaction;
    private final Runnable onEvent;
    private TrackingToken reached;
    private Set<String> parked = Set.of();

    EventReplay(BlockingStream<TrackedEventMessage<?>> stream, RadiusProjectors projectors, RadiusDatabase radius,
                Runnable onEvent) {
        this.events = new ReadAhead(stream, 2 * BATCH);
        this.projectors = projectors;
        this.transaction = new TransactionTemplate(radius.transactionManager());
        this.onEvent = onEvent;
    }

    /** Leaves out these events (by identifier), which the live processor parked instead of projecting. */
    void skipping(Set<String> parkedEvents) {
        this.parked = parkedEvents;
    }

    /** Projects events while the live processor, now at {@code live}, has projected them; answers how many read. */
    int follow(TrackingToken live) {
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        TrackedEventMessage<?> next;
        int read = 0;
        while (read < BATCH && (next = events.peek(FOLLOW_PATIENCE)) != null && projected(live, next)) {
            read++;
            TrackedEventMessage<?> event = take();
            if (!parked.contains(event.getIdentifier())) {
                batch.add(event);
            }
        }
        apply(batch);
        return read;
    }

    /**
     * Reads until this replay has seen every event {@code live} has, projecting those the live processor
     * projected and leaving the others (newer ones, or late commits in its gaps) for it to project after the swap.
     */
    void catchUpTo(TrackingToken live, Runnable keepAlive) {
        while (!covers(reached, live)) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            while (batch.size() < BATCH && !covers(reached, live) && next()) {
                TrackedEventMessage<?> event = take();
                if (projected(live, event) && !parked.contains(event.getIdentifier())) {
                    batch.add(event);
                }
            }
            apply(batch);
            keepAlive.run();
        }
    }

    @Override
    public void close() {
        events.close();
    }

    private boolean next() {
        if (events.peek(PATIENCE) != null) {
            return true;
        }
        throw new IllegalStateException("the event store delivered no event for " + PATIENCE.toSeconds()
                + " s, short of the position the live processor has reached");
    }

    private TrackedEventMessage<?> take() {
        TrackedEventMessage<?> event = events.take();
        reached = event.trackingToken();
        onEvent.run();
        return event;
    }

    private void apply(List<TrackedEventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            transaction.executeWithoutResult(t -> projectors.apply(batch));
        }
    }

    private static boolean covers(TrackingToken reached, TrackingToken live) {
        return live == null || reached != null && reached.covers(WrappedToken.unwrapLowerBound(live));
    }

    /** Whether the live processor at {@code live} has projected the event: not past it, and not in its gaps. */
    private static boolean projected(TrackingToken live, TrackedEventMessage<?> event) {
        if (live == null) {
            return false;
        }
        TrackingToken bound = WrappedToken.unwrapLowerBound(live);
        long index = event.trackingToken().position().orElseThrow();
        if (bound instanceof GapAwareTrackingToken gapAware) {
            return index <= gapAware.getIndex() && !gapAware.getGaps().contains(index);
        }
        return index <= bound.position().orElse(-1);
    }
}
