package io.ispflow.eventstore.processor;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * A processor whose handlers act on the world (a CoA-Request, a webhook) rather than fill tables: tracking, one
 * thread, its token in the application database with the records it writes. Its first start begins at the event
 * store's head, since what happened before it ever ran is history, not news; its handlers refuse a replay
 * ({@code @DisallowReplay}) for the same reason.
 */
public final class SideEffectProcessors {

    private SideEffectProcessors() {
    }

    /** {@code batchSize} events per transaction and token update: a failure rolls back the batch's records with it. */
    public static void register(EventProcessingConfigurer processing, String group, int batchSize) {
        processing.registerTrackingEventProcessor(group, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                // the default handler only logs, which would move the token past a record never written
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
    }
}
