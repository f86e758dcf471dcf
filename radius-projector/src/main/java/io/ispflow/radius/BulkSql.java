package io.ispflow.radius;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows with few round trips, in the same SQL on PostgreSQL and MariaDB: multi-row INSERTs of a
 * thousand rows a statement, and DELETEs sent as one JDBC batch. A batch of events is written with a handful
 * of round trips instead of several per event.
 */
public final class BulkSql {

    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcTemplate jdbc;

    public BulkSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts {@code rows}, each holding one value per column, in the order given. */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (List<Object[]> chunk : chunks(rows)) {
            List<Object> values = new ArrayList<>(chunk.size() * columns.size());
            chunk.forEach(r -> values.addAll(List.of(r)));
            jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), row)), values.toArray());
        }
    }

    /**
     * Deletes every row whose {@code column} holds one of {@code keys}, one statement a key in one batch: an
     * {@code IN} list of many keys on a table without statistics (a shadow table) is planned as a full scan.
     */
    public void deleteWhere(String table, String column, Collection<?> keys) {
        if (!keys.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE " + column + " = ?",
                    keys.stream().map(key -> new Object[]{key}).toList());
        }
    }

    /** Deletes the rows matching each pair: {@code first = pair[0] AND second = pair[1]}, in one batch. */
    public void deleteWhere(String table, String first, String second, List<Object[]> pairs) {
        if (!pairs.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE " + first + " = ? AND " + second + " = ?", pairs);
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }
}
