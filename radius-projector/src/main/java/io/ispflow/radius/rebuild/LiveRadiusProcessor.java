package io.ispflow.radius.rebuild;

import io.ispflow.eventstore.SegmentClaim;
import io.ispflow.radius.RadiusDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.function.BiFunction;

import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;

/**
 * The {@value io.ispflow.radius.RadiusProjectorConfiguration#PROCESSING_GROUP} tracking processor of this
 * process, which keeps projecting while a rebuild replays the history and is paused only for the rebuild's
 * last events and the swap.
 */
final class LiveRadiusProcessor {

    private static final int SEGMENT = 0;
    private static final Duration CLAIM_PATIENCE = Duration.ofSeconds(15);

    private final TrackingEventProcessor processor;
    private final SegmentClaim claim;
    private final TransactionTemplate transaction;

    LiveRadiusProcessor(EventProcessingConfiguration processing, RadiusDatabase radius) {
        this.processor = processing.eventProcessor(PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no " + PROCESSING_GROUP + " tracking processor runs here"));
        this.claim = SegmentClaim.of(processing, PROCESSING_GROUP, SEGMENT);
        this.transaction = new TransactionTemplate(radius.transactionManager());
    }

    @SuppressWarnings("unchecked")
    StreamableMessageSource<TrackedEventMessage<?>> events() {
        return (StreamableMessageSource<TrackedEventMessage<?>>) processor.getMessageSource();
    }

    /** The position the processor has reached; fails when another process holds its only segment. */
    TrackingToken position() {
        long deadline = System.nanoTime() + CLAIM_PATIENCE.toNanos();
        while (!processor.processingStatus().containsKey(SEGMENT)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("this process does not run the " + PROCESSING_GROUP + " processor "
                        + "(another process holds its token): run the rebuild there, or stop that process first");
            }
            sleep();
        }
        EventTrackerStatus status = processor.processingStatus().get(SEGMENT);
        return status == null ? null : status.getTrackingToken();
    }

    /**
     * Stops the processor, holds its token's claim so no other process takes over, and runs {@code work}
     * with the position the live tables are at and a way to keep the claim alive; then starts it again.
     */
    <T> T whilePaused(BiFunction<TrackingToken, Runnable, T> work) {
        position();
        processor.shutDown();
        try {
            TrackingToken reached = transaction.execute(t -> claim.take());
            try {
                return work.apply(reached, () -> transaction.executeWithoutResult(t -> claim.extend()));
            } finally {
                transaction.executeWithoutResult(t -> claim.release());
            }
        } finally {
            processor.start();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + PROCESSING_GROUP + " processor", e);
        }
    }
}
