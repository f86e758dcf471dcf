package io.ispflow.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store in the application database, built as Axon's auto-configuration builds it but for one
 * setting: the shared event cache's periodic cleaner is off. That cleaner detaches a lagging processor from
 * the cache on its own thread, racing the processor's read (AxonFramework#2954); a processor that loses the
 * race keeps a reference to the event it was reading while it catches up on its own stream, and with it every
 * event cached since. Under a long burst the read model lags, and the benchmark's server ran out of heap that
 * way with 354,000 events held. Without the cleaner a lagging processor still detaches itself, at its next
 * read, on its own thread. Under the {@code axonserver} profile Axon Server is the event store instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class EmbeddedEventStoreConfiguration {

    /** Never: see the class comment. */
    private static final long NO_CLEANUP = Long.MAX_VALUE;

    /** Tells a duplicate key (two commands appending to one aggregate at once) from other failures. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cleanupDelay(NO_CLEANUP)
                .build();
    }
}
