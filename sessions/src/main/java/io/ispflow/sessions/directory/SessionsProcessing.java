package io.ispflow.sessions.directory;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The {@value #PROCESSING_GROUP} processor: tracking, token in the application database's token table,
 * replayable. A class of its own, as customising EventProcessingConfigurer beside other beans makes
 * circular references.
 */
@Configuration(proxyBeanMethods = false)
public class SessionsProcessing {

    /** The processing group of the sessions module's projectors, and so its processor's and token's name. */
    public static final String PROCESSING_GROUP = "sessions";

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessor(PROCESSING_GROUP, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100))
                // the default handler only logs, which would move the token past a username never recorded
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
