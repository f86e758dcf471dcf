package io.ispflow.radius;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows with few round trips: multi-row INSERTs of a thousand rows a statement, and DELETEs as
 * one JDBC batch (PostgreSQL) or IN lists of a thousand keys (MySQL/MariaDB). A batch of events is written
 * with a handful of round trips instead of several per event.
 */
public final class BulkSql {

    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcTemplate jdbc;
    private final RadiusDialect dialect;

    public BulkSql(RadiusDatabase radius) {
        this.jdbc = radius.jdbcTemplate();
        this.dialect = radius.dialect();
    }

    /** Inserts {@code rows}, each holding one value per column, in the order given. */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        String row = "(" + placeholders(columns.size()) + ")";
        for (List<Object[]> chunk : chunks(rows)) {
            List<Object> values = new ArrayList<>(chunk.size() * columns.size());
            chunk.forEach(r -> values.addAll(List.of(r)));
            jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), row)), values.toArray());
        }
    }

    /** Reads {@code columns} of every row whose {@code column} holds one of {@code keys}, a thousand keys a query. */
    public void selectWhere(String columns, String table, String column, List<?> keys, RowCallbackHandler each) {
        for (List<?> chunk : chunks(keys)) {
            jdbc.query("SELECT " + columns + " FROM " + table + " WHERE " + column + " IN (" + placeholders(chunk.size()) + ")",
                    each, chunk.toArray());
        }
    }

    /** Deletes every row whose {@code column} holds one of {@code keys}. */
    public void deleteWhere(String table, String column, Collection<?> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (dialect == RadiusDialect.POSTGRESQL) {
            // an IN list of many keys on a table without statistics (a shadow table) is planned as a full scan
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE " + column + " = ?",
                    keys.stream().map(key -> new Object[]{key}).toList());
        } else {
            // MySQL's driver sends a batch a statement at a time; an IN list is one round trip and uses the index
            for (List<?> chunk : chunks(List.copyOf(keys))) {
                jdbc.update("DELETE FROM " + table + " WHERE " + column + " IN (" + placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
        }
    }

    /** Deletes the rows whose {@code key} column holds one of {@code keys} and whose {@code column} holds {@code value}. */
    public void deleteWhere(String table, String column, Object value, String key, Collection<?> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (dialect == RadiusDialect.POSTGRESQL) {
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE " + column + " = ? AND " + key + " = ?",
                    keys.stream().map(k -> new Object[]{value, k}).toList());
        } else {
            for (List<?> chunk : chunks(List.copyOf(keys))) {
                List<Object> args = new ArrayList<>(List.of(value));
                args.addAll(chunk);
                jdbc.update("DELETE FROM " + table + " WHERE " + column + " = ? AND " + key + " IN ("
                        + placeholders(chunk.size()) + ")", args.toArray());
            }
        }
    }

    /** Deletes the rows whose {@code key} column holds one of {@code keys} and whose two columns hold these values. */
    public void deleteWhere(String table, String column, Object value, String column2, Object value2, String key,
                            Collection<?> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String matching = "DELETE FROM " + table + " WHERE " + column + " = ? AND " + column2 + " = ? AND " + key;
        if (dialect == RadiusDialect.POSTGRESQL) {
            jdbc.batchUpdate(matching + " = ?", keys.stream().map(k -> new Object[]{value, value2, k}).toList());
        } else {
            for (List<?> chunk : chunks(List.copyOf(keys))) {
                List<Object> args = new ArrayList<>(List.of(value, value2));
                args.addAll(chunk);
                jdbc.update(matching + " IN (" + placeholders(chunk.size()) + ")", args.toArray());
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }
}
