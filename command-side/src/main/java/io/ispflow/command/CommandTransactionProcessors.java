package io.ispflow.command;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A subscribing processor (the package catalog, the subscription ends, the tenant and operator
 * directories) handles events inside the command's own transaction. Axon's default handler would log
 * a failed write and carry on, and the failed SQL would roll the transaction back unseen, events and
 * all, while the caller heard 2xx. Propagating the failure fails the command instead: a 2xx means stored.
 */
@Configuration(proxyBeanMethods = false)
class CommandTransactionProcessors {

    @Autowired
    void failTheCommandOnFailure(EventProcessingConfigurer processing, EventProcessorProperties properties) {
        properties.getProcessors().forEach((group, settings) -> {
            if (settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING) {
                processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
            }
        });
    }
}
