package io.ispflow.server.attack;

import io.ispflow.server.attack.HostileValues.Expect;
import io.ispflow.server.attack.HostileValues.Hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The attacker's catalogue for what is not a body: a path's id, a query parameter, a header. Values
 * are written as they go on the wire (percent-encoded where a path or query needs it). A read may
 * answer an odd value ({@link Expect#REFUSED_OR_STORED} means "refused or answered" here); what it
 * cannot take it refuses with a documented problem, never a 5xx.
 */
final class HostileParameters {

    private static final String LONG = "x".repeat(1 << 20);

    /** Ids in a path, each of which names nothing here: every one must be refused. */
    static List<Hostile> pathIds(String foreignPackageId) {
        return List.of(
                refused("not a UUID", "not-a-uuid"),
                refused("an encoded NUL", "%00"),
                refused("a UUID and an encoded NUL", "00000000-0000-0000-0000-000000000000%00"),
                refused("a UUID in braces", "%7B00000000-0000-0000-0000-000000000000%7D"),
                refused("-1", "-1"),
                refused("an encoded path traversal", "..%2F..%2Factuator%2Fprometheus"),
                refused("1 MB", LONG),
                refused("another tenant's package", foreignPackageId));
    }

    /** Values for one query parameter or header of the given kind. */
    static List<Hostile> forParameter(ApiDocument.Field field) {
        List<Hostile> values = new ArrayList<>();
        switch (field.kind()) {
            case UUID -> values.addAll(List.of(refused("not a UUID", "not-a-uuid"), refused("NUL", "%00")));
            case DATE_TIME -> values.addAll(List.of(
                    refused("February 30th", "2030-02-30T00:00:00Z"),
                    refused("no time zone", "2030-01-01T00:00:00"),
                    refused("a number (1e20)", "1e20"),
                    refused("NUL", "2030-01-01T00:00:00Z%00"),
                    either("year +300000", "%2B300000-01-01T00:00:00Z"),
                    either("year -290000", "-290000-01-01T00:00:00Z")));
            case INTEGER, LONG, NUMBER -> values.addAll(List.of(
                    refused("1e400", "1e400"),
                    refused("Long.MAX_VALUE + 1", "9223372036854775808"),
                    refused("Integer.MAX_VALUE + 1", "2147483648"),
                    refused("1.5", "1.5"),
                    refused("1e3", "1e3"),
                    either("-1", "-1"),
                    // Java reads them as digits, as it reads 100
                    either("full-width digits", "%EF%BC%91%EF%BC%90%EF%BC%90"),
                    refused("NaN", "NaN"),
                    either("Integer.MAX_VALUE", "2147483647")));
            case ENUM -> values.addAll(List.of(refused("a name not in the list", "SUPERUSER"), refused("an ordinal", "0"),
                    either("NUL after a name", (field.values().isEmpty() ? "X" : field.values().get(0)) + "%00")));
            default -> values.addAll(List.of(
                    refused("NUL", "a%00b"),
                    either("a bell (control character)", "a%07b"),
                    either("bytes that are no UTF-8", "%C3%28"),
                    either("a Cyrillic look-alike", "%D0%B0dmin"),
                    either("a right-to-left override", "%E2%80%AEtxt.exe"),
                    either("SQL", "%27%20OR%201%3D1--"),
                    either("LIKE wildcards", "%25%25_%5C")));
        }
        values.add(refused("1 MB", LONG));
        return values;
    }

    private static Hostile refused(String name, String raw) {
        return new Hostile(name, raw, Expect.REFUSED);
    }

    private static Hostile either(String name, String raw) {
        return new Hostile(name, raw, Expect.REFUSED_OR_STORED);
    }
}
