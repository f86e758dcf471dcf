package io.ispflow.radius.rebuild;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusDialect;
import io.ispflow.radius.RadiusTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.stream.Collectors;

/**
 * Creates a set of shadow tables shaped like the live ones, and swaps a filled set in for the live
 * one atomically, so FreeRADIUS reads either every old table or every new one, never a mix.
 */
final class ShadowTables {

    /** What the live tables are called for the moment between the swap and their removal. */
    private static final RadiusTables RETIRED = new RadiusTables("_old");

    private final RadiusDatabase radius;
    private final JdbcTemplate jdbc;

    ShadowTables(RadiusDatabase radius) {
        this.radius = radius;
        this.jdbc = radius.jdbcTemplate();
    }

    /** Empty tables with the live tables' columns, keys and indexes; left-overs of a failed run are dropped first. */
    void create(RadiusTables shadow) {
        drop(shadow);
        for (String live : RadiusTables.PROJECTED) {
            jdbc.execute(radius.dialect() == RadiusDialect.MYSQL
                    ? "CREATE TABLE " + shadow.name(live) + " LIKE " + live
                    // the id's default still draws from the live table's sequence, which the swap hands over
                    : "CREATE TABLE " + shadow.name(live) + " (LIKE " + live + " INCLUDING ALL)");
        }
    }

    void drop(RadiusTables shadow) {
        jdbc.execute("DROP TABLE IF EXISTS " + names(shadow));
    }

    /** Makes the shadow tables the live ones, all at once, and drops the tables they replace. */
    void swapIn(RadiusTables shadow) {
        drop(RETIRED);
        if (radius.dialect() == RadiusDialect.MYSQL) {
            // one RENAME TABLE statement is atomic: a query sees all old tables or all new ones
            jdbc.execute("RENAME TABLE " + RadiusTables.PROJECTED.stream()
                    .map(live -> live + " TO " + RETIRED.name(live) + ", " + shadow.name(live) + " TO " + live)
                    .collect(Collectors.joining(", ")));
            drop(RETIRED);
        } else {
            // PostgreSQL's DDL is transactional: readers block on the renames, then see the new tables
            new TransactionTemplate(radius.transactionManager()).executeWithoutResult(transaction ->
                    RadiusTables.PROJECTED.forEach(live -> new PostgresqlTableSwap(jdbc, live).swap(shadow, RETIRED)));
        }
    }

    private static String names(RadiusTables tables) {
        return RadiusTables.PROJECTED.stream().map(tables::name).collect(Collectors.joining(", "));
    }
}
