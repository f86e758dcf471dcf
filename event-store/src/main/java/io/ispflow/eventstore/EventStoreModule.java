package io.ispflow.eventstore;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's own tables, in every role: the event store and token store on the application database in
 * snake_case tables owned by Flyway ({@code db/app/event-store/V1__event_store.sql}), and every read of them that the
 * other modules ask for (positions, a create's answer, an aggregate's stored events, tokens, processor status).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class EventStoreModule {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** The application database's token store, where the read model's and the publisher's processors keep theirs. */
    @Bean
    TokenSchema tokenSchema() {
        return ProcessorTokens.SCHEMA;
    }
}
