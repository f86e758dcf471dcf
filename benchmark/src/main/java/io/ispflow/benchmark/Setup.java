package io.ispflow.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a server the benchmark starts keeps its data: the embedded default, this machine's PostgreSQL
 * for everything, or that PostgreSQL with the RADIUS tables on MariaDB (sharing the event store the
 * PostgreSQL setup filled, so its radius processor starts by replaying it).
 */
public enum Setup {
    EMBEDDED("embedded default"),
    POSTGRES("external PostgreSQL, RADIUS on PostgreSQL"),
    MARIADB("external PostgreSQL, RADIUS on MariaDB");

    final String title;

    Setup(String title) {
        this.title = title;
    }

    static Setup parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown setup '" + name + "'; known: "
                    + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
        }
    }
}
