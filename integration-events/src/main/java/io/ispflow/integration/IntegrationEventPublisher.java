package io.ispflow.integration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Sends every event, in the event store's order, to its aggregate type's topic, keyed by its
 * aggregate so each subscriber's events stay in one partition and in order. It waits for the
 * broker's acknowledgement of each event; a failure stops the processor before its token moves,
 * so the same event is sent again (at least once, never skipped). A replay would publish old events
 * as new ones, so the processor refuses a reset.
 */
@Component
@ProcessingGroup(IntegrationEventsConfiguration.PROCESSING_GROUP)
@DisallowReplay
class IntegrationEventPublisher {

    private final Serializer eventSerializer;
    private final Topics topics;
    private final AcknowledgedSender sender;

    IntegrationEventPublisher(@Qualifier("eventSerializer") Serializer eventSerializer, Topics topics,
                              AcknowledgedSender sender) {
        this.eventSerializer = eventSerializer;
        this.topics = topics;
        this.sender = sender;
    }

    @EventHandler
    void publish(EventMessage<?> message, TrackingToken token) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            throw new IllegalStateException("only aggregates' events are published, not " + message.getPayloadType());
        }
        long position = token.position().orElseThrow(() -> new IllegalStateException("no position in " + token));
        sender.send(topics.of(event.getType()), event.getAggregateIdentifier(),
                IntegrationEvent.of(event, position, eventSerializer));
    }
}
