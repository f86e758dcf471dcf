package io.ispflow.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The projections role: the projectors that build the admin app's read model from events, and
 * nothing that answers from it (that is {@link ReadModelQueriesConfiguration}, the query role's).
 * The projectors are exactly the classes of a processing group.
 */
@Configuration
@ComponentScan(useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ProcessingGroup.class))
@Import(ReadModelTables.class)
public class ProjectionsConfiguration {

    /** Every read-model projector shares this processor, so one position says how far the model is. */
    public static final String PROCESSING_GROUP = "read-model";

    /** The default handler only logs, which would move the token past an event the model never took in. */
    @Autowired
    void stopOnFailure(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
