package io.ispflow.server.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * How Axon serialises and stamps what it stores: events, messages and tokens as JSON, each event with who
 * did it. The tables themselves are the event-store module's ({@code EventStoreModule}).
 */
@Configuration
class EventStoreConfiguration {

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
