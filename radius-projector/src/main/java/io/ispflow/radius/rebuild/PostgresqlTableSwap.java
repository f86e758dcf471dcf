package io.ispflow.radius.rebuild;

import io.ispflow.radius.RadiusTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts one shadow table in a live table's place on PostgreSQL, inside the caller's transaction: renames
 * both, hands the live table's id sequence to the newcomer, drops the old table and gives the newcomer's
 * indexes the stock names, so that every rebuild leaves the schema exactly as the migrations made it.
 */
final class PostgresqlTableSwap {

    private final JdbcTemplate jdbc;
    private final String live;

    PostgresqlTableSwap(JdbcTemplate jdbc, String live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    void swap(RadiusTables shadow, RadiusTables retired) {
        Map<String, String> stockIndexNames = indexNamesByDefinition(live);
        Map<String, String> shadowIndexNames = indexNamesByDefinition(shadow.name(live));
        jdbc.execute("ALTER TABLE " + live + " RENAME TO " + retired.name(live));
        jdbc.execute("ALTER TABLE " + shadow.name(live) + " RENAME TO " + live);
        // owned by the old table, the id sequence would be dropped with it
        List<String> handOvers = jdbc.query("""
                SELECT sequence.relname, attribute.attname FROM pg_depend dependency
                JOIN pg_class sequence ON sequence.oid = dependency.objid AND sequence.relkind = 'S'
                JOIN pg_attribute attribute ON attribute.attrelid = dependency.refobjid
                                           AND attribute.attnum = dependency.refobjsubid
                WHERE dependency.refobjid = CAST(? AS regclass) AND dependency.deptype = 'a'""",
                (row, n) -> "ALTER SEQUENCE " + row.getString(1) + " OWNED BY " + live + "." + row.getString(2),
                retired.name(live));
        handOvers.forEach(jdbc::execute);
        jdbc.execute("DROP TABLE " + retired.name(live));
        shadowIndexNames.forEach((definition, name) -> {
            String stock = stockIndexNames.get(definition);
            if (stock != null && !stock.equals(name)) {
                jdbc.execute("ALTER INDEX " + name + " RENAME TO " + stock);
            }
        });
    }

    /** Index names keyed by what they index ("UNIQUE USING btree (id)"), which LIKE ... INCLUDING ALL copies. */
    private Map<String, String> indexNamesByDefinition(String table) {
        return jdbc.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?",
                (row, n) -> Map.entry(definition(row.getString(2)), row.getString(1)), table)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static String definition(String indexdef) {
        return (indexdef.startsWith("CREATE UNIQUE") ? "UNIQUE" : "") + indexdef.substring(indexdef.indexOf(" USING "));
    }
}
