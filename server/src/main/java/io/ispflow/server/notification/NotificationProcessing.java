package io.ispflow.server.notification;

import io.ispflow.eventstore.processor.SideEffectProcessors;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The notifications processor, one of the {@link SideEffectProcessors}: it writes outbox rows with its token, and
 * its first start begins at the event store's head. A class of its own, as customising EventProcessingConfigurer
 * beside other beans makes circular references.
 */
@Configuration(proxyBeanMethods = false)
class NotificationProcessing {

    /** The processor's name, and so its token's. */
    static final String PROCESSING_GROUP = "notifications";

    static final int BATCH_SIZE = 50;

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        SideEffectProcessors.register(processing, PROCESSING_GROUP, BATCH_SIZE);
    }
}
