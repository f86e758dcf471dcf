package io.ispflow.server.notification;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The notifications processor: tracking, one thread, its token in the application database with the outbox rows
 * it writes. Its first start begins at the event store's head: what happened before is history, not news. A class
 * of its own, as customising EventProcessingConfigurer beside other beans makes circular references.
 */
@Configuration(proxyBeanMethods = false)
class NotificationProcessing {

    /** The processor's name, and so its token's. */
    static final String PROCESSING_GROUP = "notifications";

    static final int BATCH_SIZE = 50;

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessor(PROCESSING_GROUP, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                // the default handler only logs, which would move the token past a notification never recorded
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
