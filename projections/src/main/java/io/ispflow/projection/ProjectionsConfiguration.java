package io.ispflow.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The projections role: projectors that build the admin app's read model from events, and the
 * query handlers that answer from it.
 */
@Configuration
@ComponentScan
@EntityScan
@EnableJpaRepositories
public class ProjectionsConfiguration {

    /** Every read-model projector shares this processor, so one position says how far the model is. */
    public static final String PROCESSING_GROUP = "read-model";

    /** The default handler only logs, which would move the token past an event the model never took in. */
    @Autowired
    void stopOnFailure(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
