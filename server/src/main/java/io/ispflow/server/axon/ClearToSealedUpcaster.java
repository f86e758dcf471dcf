package io.ispflow.server.axon;

import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Reads an event of revision 1, which held personal data or secrets in clear, as revision 2: each
 * named field becomes the legacy form of a sealed value ({@code plain:<its JSON>}). That opens like a
 * sealed value, and reads as erased once its subject is forgotten; the stored bytes stay as they were.
 */
final class ClearToSealedUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType revision1;
    private final SimpleSerializedType revision2;
    private final List<String> fields;

    ClearToSealedUpcaster(Class<?> event, String... fields) {
        this.revision1 = new SimpleSerializedType(event.getName(), null);
        this.revision2 = new SimpleSerializedType(event.getName(), "2");
        this.fields = List.of(fields);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(revision1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(revision2, ObjectNode.class, payload -> {
            for (String field : fields) {
                JsonNode clear = payload.get(field);
                payload.put(field, SealedValue.legacy(clear == null ? "null" : clear.toString()).text());
            }
            return payload;
        });
    }
}
