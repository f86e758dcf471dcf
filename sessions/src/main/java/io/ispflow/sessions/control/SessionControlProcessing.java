package io.ispflow.sessions.control;

import io.ispflow.eventstore.processor.SideEffectProcessors;
import io.ispflow.radius.router.RadiusClients;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The session-control processor: tracking, one thread, token in the application database with the
 * requests it records. Its first start begins at the event store's head: what happened before it ever
 * ran is history, not a change to send to today's sessions. A class of its own, as customising
 * EventProcessingConfigurer beside other beans makes circular references.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionControlSettings.class)
// the routers' addresses and secrets, whether or not this process runs the radius role too
@Import(RadiusClients.class)
public class SessionControlProcessing {

    /** The processor's name, and so its token's. */
    public static final String PROCESSING_GROUP = "session-control";

    /**
     * Events per transaction and token update: most events call for no request, and a failure rolls the batch's
     * requests back with its token, before any of them was sent.
     */
    static final int BATCH_SIZE = 50;

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        SideEffectProcessors.register(processing, PROCESSING_GROUP, BATCH_SIZE);
    }
}
