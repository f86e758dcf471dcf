package io.ispflow.integration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/**
 * The public form of one event on Kafka (docs/integration-events.md). Consumers de-duplicate by
 * {@code position}: a retried publication sends the same event again with the same position.
 *
 * @param type          the event's name, e.g. {@code SubscriberCreated}
 * @param revision      the revision of the payload's shape, {@code "1"} until an event is first changed
 * @param tenantId      the ISP the event belongs to
 * @param aggregateType e.g. {@code Subscriber}; also says the topic
 * @param aggregateId   the subscriber, package, router, tenant or operator; also the record's key
 * @param sequence      the event's number within its aggregate, from 0
 * @param position      the event's global position in the event store, increasing
 * @param occurredAt    when the event was appended, ISO-8601 UTC
 * @param eventId       the event's unique id
 * @param payload       the event as stored, a JSON object (sealed fields stay sealed), without
 *                      {@value #CREDENTIAL}: an operator's password hash is for signing in, not for consumers
 */
@JsonPropertyOrder({"type", "revision", "tenantId", "aggregateType", "aggregateId", "sequence", "position",
        "occurredAt", "eventId", "payload"})
public record IntegrationEvent(String type, String revision, String tenantId, String aggregateType, String aggregateId,
                               long sequence, long position, String occurredAt, String eventId,
                               @JsonRawValue String payload) {

    static final String CREDENTIAL = "passwordHash";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The event at {@code position} as published; {@code serializer} is the event store's, so the payload is as stored. */
    static IntegrationEvent of(DomainEventMessage<?> event, long position, Serializer serializer) {
        SerializedObject<byte[]> stored = event.serializePayload(serializer, byte[].class);
        ObjectNode payload = (ObjectNode) JSON.readTree(new String(stored.getData(), StandardCharsets.UTF_8));
        payload.remove(CREDENTIAL);
        String revision = stored.getType().getRevision();
        return new IntegrationEvent(event.getPayloadType().getSimpleName(), revision == null ? "1" : revision,
                payload.path("tenantId").asString(null), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), position, event.getTimestamp().toString(), event.getIdentifier(),
                JSON.writeValueAsString(payload));
    }
}
