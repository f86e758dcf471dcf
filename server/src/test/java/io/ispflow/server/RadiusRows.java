package io.ispflow.server;

import io.ispflow.radius.RadiusDatabase;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Reads RADIUS rows as text, waiting for the RADIUS processor, which runs behind the command. */
public final class RadiusRows {

    private RadiusRows() {
    }

    /** Each row's columns joined by single spaces, once {@code done} holds for them (at most 10 s). */
    public static List<String> once(RadiusDatabase radius, String sql, Predicate<List<String>> done) {
        return Eventually.value(() -> radius.jdbcTemplate().queryForList(sql).stream()
                        .map(row -> String.join(" ", row.values().stream().map(String::valueOf).toList()))
                        .toList(),
                done, Duration.ofSeconds(10));
    }
}
