package io.ispflow.integration;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import static io.ispflow.integration.IntegrationEventsConfiguration.PROCESSING_GROUP;

/**
 * The publisher's processor: tracking, one thread and one segment so events leave in the event
 * store's order, token in the application database's token table. A class of its own, as
 * customising EventProcessingConfigurer beside other beans makes circular references.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationEventsProcessing {

    /** Events per transaction and token update; a failure sends the batch's earlier events again. */
    static final int BATCH_SIZE = 50;

    @Autowired
    void configure(EventProcessingConfigurer processing, IntegrationEventsProperties properties) {
        processing.registerTrackingEventProcessor(PROCESSING_GROUP, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE)
                                .andInitialTrackingToken(properties.publishFrom()::initialToken))
                // the default handler only logs, which would move the token past an event Kafka never took
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
