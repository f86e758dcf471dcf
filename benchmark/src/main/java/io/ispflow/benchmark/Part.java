package io.ispflow.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The parts of issue 8 (and issue 17's accounting, issue 19's vouchers) the benchmark can run, named as {@code --parts} takes them. */
public enum Part {
    STARTUP, HTTP, GATEWAY, LAG, REBUILD, FREERADIUS, SEARCH, ACCOUNTING, VOUCHERS;

    static Part parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown part '" + name + "'; known: " + names());
        }
    }

    static String names() {
        return Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }
}
