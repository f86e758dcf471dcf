package io.ispflow.radius;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
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
        processing.registerTrackingEventProcessor(PROCESSING_GROUP, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH_SIZE))
                .registerTokenStore(PROCESSING_GROUP, c -> tokenStore(radius, c.serializer()))
                .registerTransactionManager(PROCESSING_GROUP,
                        c -> new SpringTransactionManager(radius.transactionManager()))
                // the default handler only logs, which would advance the token past a failed write
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }

    /** Axon's JDBC token store on the RADIUS database's snake_case token_entry table. */
    public static TokenStore tokenStore(RadiusDatabase radius, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(radius.dataSource())))
                .serializer(serializer)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }
}
