package io.ispflow.server.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attacker's catalogue: values put into one field at a time, each written as the raw JSON an
 * attacker would send, with what the server must do about it. {@link Expect#REFUSED} values are
 * wrong for the field or beyond what storage takes, and must get a 4xx; {@link Expect#REFUSED_OR_STORED}
 * values are odd but can be kept, so a 4xx is fine and a 2xx must mean they were stored and projected.
 */
final class HostileValues {

    enum Expect { REFUSED, REFUSED_OR_STORED }

    /** One hostile value: {@code raw} is sent as it stands, e.g. {@code 1e400} or {@code "a\u0000b"}. */
    record Hostile(String name, String raw, Expect expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Fields that name something and must stay plain ASCII, so that a look-alike cannot pose as another. */
    static final Set<String> IDENTIFIERS = Set.of("SubscriberRequest.username", "NewOperator.username", "NewTenant.slug",
            "NewTenant.ownerUsername", "NewTenant.accountPrefix", "RouterRequest.name", "Login.username");

    /** Secrets are hashed or sealed, never shown: any character may be in them, so control characters may be kept. */
    static final Set<String> SECRETS = Set.of("NewOperator.password", "NewPassword.password", "NewTenant.ownerPassword",
            "Login.password", "Refresh.refreshToken");

    private static final String MEGABYTE = "x".repeat(1 << 20);

    private static final List<Hostile> CONTROL_CHARACTERS = List.of(
            refused("NUL", "\"a\\u0000b\""),
            refused("a bell (control character)", "\"a\\u0007b\""),
            refused("an ANSI escape sequence", "\"\\u001b[31mred\\u001b[0m\""),
            refused("DEL", "\"a\\u007fb\""));

    private static final List<Hostile> TEXT = List.of(
            refused("a lone surrogate", "\"a\\ud800b\""),
            refused("1 MB", "\"" + MEGABYTE + "\""),
            refused("an object", "{\"a\": 1}"),
            refused("an array", "[\"a\"]"),
            either("a line break (log injection)", "\"a\\r\\nINFO forged log line\""),
            either("a number", "12345"),
            either("true", "true"));

    /** Look-alikes: refused in an identifier, but fine in free text. */
    private static final List<Hostile> LOOK_ALIKES = List.of(
            refused("a Cyrillic look-alike ('\u0430dmin')", "\"\u0430dmin\""),
            refused("full-width digits", "\"\uff11\uff12\uff13\uff14\""),
            refused("a zero-width joiner", "\"ad\u200dmin\""),
            refused("a right-to-left override", "\"\u202etxt.exe\""));

    private static final List<Hostile> UUID = List.of(
            refused("not a UUID", "\"not-a-uuid\""),
            refused("a UUID with NUL", "\"00000000-0000-0000-0000-000000000000\\u0000\""),
            refused("a number", "42"),
            refused("1 MB", "\"" + MEGABYTE + "\""));

    private static final List<Hostile> DATE_TIME = List.of(
            refused("year +300000", "\"+300000-01-01T00:00:00Z\""),
            refused("year -290000", "\"-290000-01-01T00:00:00Z\""),
            refused("February 30th", "\"2030-02-30T00:00:00Z\""),
            refused("no time zone", "\"2030-01-01T00:00:00\""),
            refused("a number (1e20)", "1e20"),
            refused("epoch milliseconds", "1767225600000"),
            // Jackson trims what surrounds an instant or an enum name: the NUL is dropped, never stored
            either("NUL after it", "\"2030-01-01T00:00:00Z\\u0000\""),
            either("year 10000", "\"+10000-01-01T00:00:00Z\""),
            either("year 9999", "\"9999-12-31T23:59:59Z\""),
            either("year 1", "\"0001-01-01T00:00:00Z\""));

    private static final List<Hostile> INTEGER = List.of(
            refused("1e400", "1e400"),
            refused("-1e400", "-1e400"),
            refused("Long.MAX_VALUE + 1", "9223372036854775808"),
            refused("Integer.MAX_VALUE + 1", "2147483648"),
            refused("Integer.MIN_VALUE", "-2147483648"),
            refused("-1", "-1"),
            refused("1.5", "1.5"),
            refused("1e3", "1e3"),
            refused("a number in a string", "\"100\""),
            refused("full-width digits in a string", "\"\uff11\uff10\uff10\""),
            refused("NaN", "NaN"),
            refused("true", "true"),
            either("Integer.MAX_VALUE", "2147483647"));

    /** A 64-bit whole number (a byte count, seconds of uptime): past Integer.MAX_VALUE is a value it holds. */
    private static final List<Hostile> LONG = INTEGER.stream()
            .map(hostile -> hostile.name().equals("Integer.MAX_VALUE + 1") ? either(hostile.name(), hostile.raw()) : hostile)
            .collect(Collectors.collectingAndThen(Collectors.toList(), values -> {
                values.add(either("Long.MAX_VALUE", "9223372036854775807"));
                return List.copyOf(values);
            }));

    private static final List<Hostile> NUMBER = List.of(
            refused("1e400", "1e400"),
            refused("-1e400", "-1e400"),
            refused("-1", "-1"),
            refused("a number in a string", "\"10.50\""),
            refused("NaN", "NaN"),
            refused("Infinity", "Infinity"),
            either("1e10", "1e10"),
            either("30 digits", "123456789012345678901234567890"),
            either("0.001", "0.001"),
            either("1e-400", "1e-400"));

    private static final List<Hostile> ENUM = List.of(
            refused("a name not in the list", "\"SUPERUSER\""),
            refused("an ordinal", "0"),
            either("NUL after a name", "\"OWNER\\u0000\""),
            refused("1 MB", "\"" + MEGABYTE + "\""));

    private final String foreignPackageId;

    /** {@code foreignPackageId} is another tenant's package: an id that must look unknown here. */
    HostileValues(String foreignPackageId) {
        this.foreignPackageId = foreignPackageId;
    }

    /** Everything to try on one field of a body or one query parameter. */
    List<Hostile> forField(String schema, ApiDocument.Field field) {
        List<Hostile> values = new ArrayList<>();
        switch (field.kind()) {
            case TEXT, OTHER -> {
                boolean secret = SECRETS.contains(schema + "." + field.name());
                CONTROL_CHARACTERS.forEach(control -> values.add(secret ? either(control.name(), control.raw()) : control));
                values.addAll(TEXT);
                boolean identifier = IDENTIFIERS.contains(schema + "." + field.name());
                LOOK_ALIKES.forEach(lookAlike -> values.add(identifier ? lookAlike : either(lookAlike.name(), lookAlike.raw())));
            }
            case UUID -> {
                values.addAll(UUID);
                values.add(refused("another tenant's id", "\"" + foreignPackageId + "\""));
            }
            case DATE_TIME -> values.addAll(DATE_TIME);
            case INTEGER -> values.addAll(INTEGER);
            case LONG -> values.addAll(LONG);
            case NUMBER -> values.addAll(NUMBER);
            case ENUM -> {
                values.addAll(ENUM);
                if (field.values().contains("PLATFORM_ADMIN")) {
                    values.add(refused("the platform administrator's role", "\"PLATFORM_ADMIN\""));
                }
                field.values().stream().findFirst().ifPresent(first ->
                        values.add(either("a name in lower case", "\"" + first.toLowerCase(java.util.Locale.ROOT) + "\"")));
            }
            case BOOLEAN -> values.add(refused("a string", "\"yes\""));
        }
        if (field.required()) {
            values.add(refused("null where a value is required", "null"));
        }
        return values;
    }

    private static Hostile refused(String name, String json) {
        return new Hostile(name, json, Expect.REFUSED);
    }

    private static Hostile either(String name, String json) {
        return new Hostile(name, json, Expect.REFUSED_OR_STORED);
    }
}
