package io.ispflow.server.attack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The attacker's catalogue of whole bodies: a valid command's JSON bent out of shape (nesting,
 * duplicate keys, other JSON values, bytes that are no UTF-8) or sent as another content type.
 * Every one of them must be refused, but for the few marked as acceptable.
 */
final class HostileBodies {

    /** One way to spoil a body: from the valid JSON and its first field's name, the request to send. */
    record Spoiler(String name, HostileValues.Expect expect, BiFunction<Request, String, Request> spoil) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final int DEPTH = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<Spoiler> ALL = List.of(
            refused("arrays nested 100,000 deep in a field", (valid, field) -> withValue(valid, field,
                    "[".repeat(DEPTH) + "]".repeat(DEPTH))),
            refused("objects nested 100,000 deep", (valid, field) -> json(valid, "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH))),
            refused("a duplicate key with another value", HostileBodies::duplicated),
            refused("an array of the body", (valid, field) -> json(valid, "[" + text(valid) + "]")),
            refused("a string", (valid, field) -> json(valid, "\"" + field + "\"")),
            refused("a number", (valid, field) -> json(valid, "42")),
            // a body that is optional (renew's) may be null or absent
            either("null", (valid, field) -> json(valid, "null")),
            either("nothing", (valid, field) -> json(valid, "")),
            refused("a truncated body", (valid, field) -> json(valid, text(valid).substring(0, text(valid).length() / 2))),
            refused("a comment", (valid, field) -> json(valid, "/* x */" + text(valid))),
            refused("bytes that are no UTF-8", (valid, field) -> bytes(valid, "application/json",
                    withValue(valid, field, "\"\u00c3(\"").body(), StandardCharsets.ISO_8859_1)),
            // JSON is UTF-8 (RFC 8259), whatever the header says
            either("UTF-8 declared as UTF-16", (valid, field) -> typed(valid, "application/json; charset=UTF-16")),
            refused("text/plain", (valid, field) -> typed(valid, "text/plain")),
            refused("application/xml", (valid, field) -> typed(valid, "application/xml")),
            refused("a form", (valid, field) -> typed(valid, "application/x-www-form-urlencoded")),
            refused("multipart", (valid, field) -> typed(valid, "multipart/form-data; boundary=x")),
            refused("no content type", (valid, field) -> typed(valid, null)),
            either("a byte-order mark first", (valid, field) -> json(valid, "\ufeff" + text(valid))),
            either("UTF-16, declared", (valid, field) -> bytes(valid, "application/json; charset=UTF-16", text(valid)
                    .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_16)),
            either("a vendor +json type", (valid, field) -> typed(valid, "application/vnd.attacker+json")));

    private HostileBodies() {
    }

    private static Spoiler refused(String name, BiFunction<Request, String, Request> spoil) {
        return new Spoiler(name, HostileValues.Expect.REFUSED, spoil);
    }

    private static Spoiler either(String name, BiFunction<Request, String, Request> spoil) {
        return new Spoiler(name, HostileValues.Expect.REFUSED_OR_STORED, spoil);
    }

    private static String text(Request request) {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    private static Request json(Request valid, String body) {
        return new Request(valid.method(), valid.target(), "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Request typed(Request valid, String contentType) {
        return new Request(valid.method(), valid.target(), contentType, valid.body());
    }

    /** The body's text re-encoded: {@code body} decoded as UTF-8, written in {@code charset}. */
    private static Request bytes(Request valid, String contentType, byte[] body, java.nio.charset.Charset charset) {
        return new Request(valid.method(), valid.target(), contentType, new String(body, StandardCharsets.UTF_8).getBytes(charset));
    }

    /** The valid body with {@code field} set to raw JSON, first. */
    private static Request withValue(Request valid, String field, String json) {
        ObjectNode body = JSON.createObjectNode();
        body.putRawValue(field, new RawValue(json));
        ((ObjectNode) JSON.readTree(valid.body())).properties().stream()
                .filter(property -> !property.getKey().equals(field))
                .forEach(property -> body.set(property.getKey(), property.getValue()));
        return json(valid, body.toString());
    }

    /** The valid body with {@code field} twice: its own value, then another of the same type. */
    private static Request duplicated(Request valid, String field) {
        JsonNode value = JSON.readTree(valid.body()).path(field);
        String other = value.isNumber() ? value.toString() + "1" : "\"other " + value.asString("value") + "\"";
        String once = text(withValue(valid, field, value.isMissingNode() ? "\"value\"" : value.toString()));
        return json(valid, once.substring(0, once.length() - 1) + ",\"" + field + "\":" + other + "}");
    }
}
