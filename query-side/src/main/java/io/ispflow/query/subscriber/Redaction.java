package io.ispflow.query.subscriber;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Event payloads as auditors see them: sealed personal data opened, every secret replaced by
 * {@code "***"} wherever it sits, and what a forgotten subscriber's key protected shown as null.
 */
final class Redaction {

    static final Set<String> SECRET_FIELDS = Set.of("password", "radiusSecret", "apiToken");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code erased}: the event held personal data that no longer opens. */
    record Redacted(JsonNode payload, boolean erased) {
    }

    private Redaction() {
    }

    static Redacted redacted(Object payload, UUID subject, PersonalDataVault vault) {
        JsonNode tree = JSON.valueToTree(payload);
        boolean erased = tree instanceof ObjectNode object && open(object, subject, vault);
        redact(tree);
        return new Redacted(tree, erased);
    }

    /** Opens the payload's sealed fields in place; answers whether any of them was erased. */
    private static boolean open(ObjectNode payload, UUID subject, PersonalDataVault vault) {
        boolean erased = false;
        for (String field : List.copyOf(payload.propertyNames())) {
            if (payload.get(field).isString() && SealedValue.looksSealed(payload.get(field).asString())) {
                JsonNode opened = vault.openTree(subject, SealedValue.of(payload.get(field).asString())).orElse(null);
                payload.set(field, opened);
                erased |= opened == null;
            }
        }
        return erased;
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : SECRET_FIELDS) {
                if (object.has(field) && !object.get(field).isNull()) {
                    object.put(field, "***");
                }
            }
        }
        node.forEach(Redaction::redact);
    }
}
