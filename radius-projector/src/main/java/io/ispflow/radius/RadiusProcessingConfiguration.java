package io.ispflow.radius;

import io.ispflow.eventstore.ProcessorTokens;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;

/**
 * Runs the {@value RadiusProjectorConfiguration#PROCESSING_GROUP} processing group as a tracking
 * processor whose token lives in the RADIUS database and commits in one transaction with the rows it
 * projected, so a crash neither loses an event nor applies one twice. A class of its own: customising
 * EventProcessingConfigurer next to the RADIUS database's bean makes a circular reference.
 */
@Configuration(proxyBeanMethods = false)
public class RadiusProcessingConfiguration {

    /**
     * Events handled in one transaction with one token update: replays and bursts go at database
     * speed instead of one commit an event, and a failure still rolls the whole batch back.
     */
    static final int BATCH_SIZE = 200;

    @Autowired
    public void configure(EventProcessingConfigurer processing, RadiusDatabase radius) {
        ProcessorTokens.keepIn(processing, PROCESSING_GROUP, radius.dataSource());
        processing.registerTrackingEventProcessor(PROCESSING_GROUP, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH_SIZE))
                .registerTransactionManager(PROCESSING_GROUP,
                        c -> new SpringTransactionManager(radius.transactionManager()))
                // the default handler only logs, which would advance the token past a failed write
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
