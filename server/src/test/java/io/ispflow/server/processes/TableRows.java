package io.ispflow.server.processes;

import io.ispflow.radius.RadiusTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every row of the projected tables as text, surrogate ids left out, sorted: two projections are
 * equal when these lists are, duplicates included.
 */
final class TableRows {

    private static final List<String> READ_MODEL = List.of("package_view", "router_view", "subscriber_view");

    private TableRows() {
    }

    static List<String> radius(JdbcTemplate radiusDb) {
        return of(radiusDb, RadiusTables.PROJECTED, "id");
    }

    static List<String> readModel(JdbcTemplate appDb) {
        return of(appDb, READ_MODEL, "");
    }

    /** {@code surrogateKey}: a column numbered by the database, which differs between two projections of the same events. */
    private static List<String> of(JdbcTemplate db, List<String> tables, String surrogateKey) {
        return tables.stream()
                .flatMap(table -> db.queryForList("SELECT * FROM " + table).stream()
                        .map(row -> table + " " + text(row, surrogateKey)))
                .sorted()
                .toList();
    }

    private static String text(Map<String, Object> row, String surrogateKey) {
        return row.entrySet().stream()
                .filter(column -> !column.getKey().equalsIgnoreCase(surrogateKey))
                .map(column -> column.getKey() + "=" + column.getValue())
                .collect(Collectors.joining(" "));
    }
}
