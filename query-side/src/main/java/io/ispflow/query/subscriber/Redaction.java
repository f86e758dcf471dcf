package io.ispflow.query.subscriber;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Set;

/** Event payloads as auditors see them: every secret replaced by {@code "***"}, wherever it sits. */
final class Redaction {

    static final Set<String> SECRET_FIELDS = Set.of("password", "radiusSecret", "apiToken");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Redaction() {
    }

    static JsonNode redacted(Object payload) {
        JsonNode tree = JSON.valueToTree(payload);
        redact(tree);
        return tree;
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
