package io.ispflow.server.axon;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's JDBC event store and token store on the application database, with snake_case tables
 * owned by Flyway ({@code db/app/event-store/V1__event_store.sql}), and events stored as JSON.
 */
@Configuration
class EventStoreConfiguration {

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

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchemas.SNAKE_CASE;
    }

    /**
     * A replay token carries an untyped context; Jackson 3 refuses to read it back unless its
     * class is allowed, and without that a processor reset fails.
     */
    @Bean
    Jackson3SerializerCustomizer replayableTokens() {
        return mapper -> mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("io.ispflow.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .build());
    }

    /** Who did it, for whom, in which request and from where: copied onto every event. */
    @Bean
    CorrelationDataProvider auditTrail() {
        return new SimpleCorrelationDataProvider(CommandMetaData.KEYS);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
