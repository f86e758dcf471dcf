package io.ispflow.benchmark.radius;

import io.ispflow.benchmark.SqlDatabase;
import io.ispflow.benchmark.probe.Subscribers;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The classic design's RADIUS tables, for comparison: Debian's stock FreeRADIUS schema in a database of
 * their own, holding the same rows as ispflow's projected tables, written directly with plain batched
 * INSERTs as an application of the classic design would write them.
 */
public final class BaselineTables {

    /** Table → its columns that FreeRADIUS reads. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "radcheck", List.of("username", "attribute", "op", "value"),
            "radreply", List.of("username", "attribute", "op", "value"),
            "radgroupcheck", List.of("groupname", "attribute", "op", "value"),
            "radgroupreply", List.of("groupname", "attribute", "op", "value"),
            "radusergroup", List.of("username", "groupname", "priority"),
            "nas", List.of("nasname", "shortname", "type", "secret", "description"));
    private static final Path STOCK_SCHEMAS = Path.of("/etc/freeradius/3.0/mods-config/sql/main");
    private static final int BATCH = 1000;

    /** A router of the projected nas table: where it sends from and its secret. */
    public record Router(Inet4Address tunnelAddress, String secret) {
    }

    private BaselineTables() {
    }

    /** Every subscriber the projected radcheck lets log in, with the password it holds; not the vouchers. */
    public static List<RadiusUser> users(SqlDatabase projected) throws SQLException {
        List<RadiusUser> users = new ArrayList<>();
        try (Connection connection = projected.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT username, value FROM radcheck WHERE attribute = 'Cleartext-Password' AND username LIKE '"
                     + Subscribers.USERNAMES + "'")) {
            while (rows.next()) {
                users.add(new RadiusUser(rows.getString(1), rows.getString(2)));
            }
        }
        return users;
    }

    public static Router router(SqlDatabase projected) throws SQLException, IOException {
        try (Connection connection = projected.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT nasname, secret FROM nas ORDER BY nasname")) {
            if (!rows.next()) {
                throw new IllegalStateException("no router in " + projected.name() + ".nas");
            }
            return new Router((Inet4Address) InetAddress.getByName(rows.getString(1)), rows.getString(2));
        }
    }

    /** Creates {@code baseline} afresh with the stock schema and copies every row FreeRADIUS reads into it. */
    public static void write(SqlDatabase projected, SqlDatabase baseline) throws SQLException, IOException {
        baseline.fresh();
        try (Connection from = projected.connect(); Connection to = baseline.connect()) {
            try (Statement ddl = to.createStatement()) {
                for (String statement : stockSchema(baseline.dialect())) {
                    ddl.execute(statement);
                }
            }
            to.setAutoCommit(false);
            for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
                copy(from, to, table.getKey(), table.getValue());
            }
            to.commit();
        }
    }

    private static void copy(Connection from, Connection to, String table, List<String> columns) throws SQLException {
        String names = String.join(", ", columns);
        String insert = "INSERT INTO " + table + " (" + names + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (Statement select = from.createStatement(); ResultSet rows = select.executeQuery("SELECT " + names + " FROM " + table);
             PreparedStatement batch = to.prepareStatement(insert)) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    batch.setObject(i, rows.getObject(i));
                }
                batch.addBatch();
                if (++pending == BATCH) {
                    batch.executeBatch();
                    pending = 0;
                }
            }
            batch.executeBatch();
        }
    }

    /** Debian's schema.sql for the dialect, comments dropped, one statement per element. */
    private static List<String> stockSchema(String dialect) throws IOException {
        String text = Files.readAllLines(STOCK_SCHEMAS.resolve(dialect).resolve("schema.sql")).stream()
                .filter(line -> !line.strip().startsWith("--") && !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
        List<String> statements = new ArrayList<>();
        for (String statement : text.split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
