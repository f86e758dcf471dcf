package io.ispflow.server.attack;

import io.ispflow.server.Api;
import io.ispflow.server.RawHttp;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's own OpenAPI description, read at test time: every route it serves, with its
 * parameters and the fields of its JSON body. A new endpoint is attacked without anyone listing it.
 */
record ApiDocument(List<Operation> operations) {

    /** What a value of a field or parameter is, as far as an attacker cares. */
    /** {@code LONG}: an integer of format int64. */
    enum Kind { TEXT, UUID, DATE_TIME, ENUM, INTEGER, LONG, NUMBER, BOOLEAN, OTHER }

    /** A field of a JSON body, or a query parameter; {@code values} are an enum's. */
    record Field(String name, Kind kind, boolean required, List<String> values) {
    }

    /** One method on one route template, e.g. {@code POST /api/v1/subscribers/{id}/suspend}. */
    record Operation(String method, String template, List<String> pathParameters, List<Field> queryParameters,
                     List<Field> headerParameters, String bodySchema, List<Field> bodyFields) {

        String key() {
            return method + " " + template;
        }

        boolean changesSomething() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    static ApiDocument read(RawHttp http) {
        Api.Answer answer = Caller.ANONYMOUS.send(http, Request.of("GET", "/v3/api-docs"), Map.of());
        if (answer.status() != 200) {
            throw new IllegalStateException("no API document: " + answer);
        }
        JsonNode document = answer.body();
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            List<String> pathParameters = new ArrayList<>();
            List<Field> queryParameters = new ArrayList<>();
            List<Field> headerParameters = new ArrayList<>();
            for (JsonNode parameter : operation.path("parameters")) {
                Field field = field(parameter.get("name").asString(), parameter.get("schema"), parameter.path("required").asBoolean());
                switch (parameter.get("in").asString()) {
                    case "path" -> pathParameters.add(field.name());
                    case "query" -> queryParameters.add(field);
                    case "header" -> headerParameters.add(field);
                    default -> throw new IllegalStateException("a parameter in " + parameter.get("in") + ": " + path.getKey());
                }
            }
            String schema = operation.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asString("");
            String schemaName = schema.isEmpty() ? null : schema.substring(schema.lastIndexOf('/') + 1);
            operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), pathParameters, queryParameters,
                    headerParameters, schemaName, schemaName == null ? List.of() : fields(document.get("components").get("schemas").get(schemaName))));
        }));
        operations.sort(Comparator.comparing(Operation::template).thenComparing(Operation::method));
        return new ApiDocument(List.copyOf(operations));
    }

    private static List<Field> fields(JsonNode schema) {
        List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();
        List<Field> fields = new ArrayList<>();
        schema.path("properties").properties().forEach(property ->
                fields.add(field(property.getKey(), property.getValue(), required.contains(property.getKey()))));
        return fields;
    }

    private static Field field(String name, JsonNode schema, boolean required) {
        return new Field(name, kind(schema), required, schema.path("enum").valueStream().map(JsonNode::asString).toList());
    }

    private static Kind kind(JsonNode schema) {
        if (schema.has("enum")) {
            return Kind.ENUM;
        }
        return switch (schema.path("type").asString("")) {
            case "string" -> switch (schema.path("format").asString("")) {
                case "uuid" -> Kind.UUID;
                case "date-time" -> Kind.DATE_TIME;
                default -> Kind.TEXT;
            };
            case "integer" -> "int64".equals(schema.path("format").asString("")) ? Kind.LONG : Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            default -> Kind.OTHER;
        };
    }
}
