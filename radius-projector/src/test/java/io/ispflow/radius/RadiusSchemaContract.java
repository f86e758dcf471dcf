package io.ispflow.radius;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations give FreeRADIUS its stock tables and indexes, and Axon its token table. */
public interface RadiusSchemaContract {

    RadiusDatabase radius();

    RadiusDataSourceProperties properties();

    RadiusDialect expectedDialect();

    /** radacct's indexes differ by dialect in the stock schema, primary key and unique key included. */
    List<String> expectedRadacctIndexes();

    /** The schema versions this dialect's migrations reach. */
    List<String> expectedMigrations();

    @Test
    default void theUrlPicksTheDialect() {
        assertThat(radius().dialect()).isEqualTo(expectedDialect());
    }

    @Test
    default void migrationsCreateEveryFreeRadiusTableAndTheTokenTable() throws SQLException {
        assertThat(names(meta -> meta.getTables(catalog(meta), schema(meta), "%", new String[]{"TABLE"}), "TABLE_NAME"))
                .contains("radacct", "radcheck", "radgroupcheck", "radgroupreply", "radreply", "radusergroup",
                        "radpostauth", "nas", "nasreload", "token_entry", "radius_user", "router_nas", "radquota");
    }

    @Test
    default void radacctHasEveryStockIndex() throws SQLException {
        List<String> indexes = names(
                meta -> meta.getIndexInfo(catalog(meta), schema(meta), "radacct", false, false), "INDEX_NAME");
        assertThat(indexes.stream().distinct().toList())
                .containsExactlyInAnyOrderElementsOf(expectedRadacctIndexes());
    }

    @Test
    default void tokenEntryHasAxonsColumnsInSnakeCase() throws SQLException {
        assertThat(names(meta -> meta.getColumns(catalog(meta), schema(meta), "token_entry", "%"), "COLUMN_NAME"))
                .containsExactlyInAnyOrder("processor_name", "segment", "token", "token_type", "timestamp", "owner");
    }

    @Test
    default void openingTheDatabaseAgainMigratesNothing() {
        try (RadiusDatabase again = new RadiusDatabase(properties())) {
            String applied = "SELECT version FROM " + RadiusDatabase.SCHEMA_HISTORY_TABLE + " ORDER BY installed_rank";
            assertThat(again.jdbcTemplate().queryForList(applied, String.class)).containsExactlyElementsOf(expectedMigrations());
        }
    }

    private static String catalog(DatabaseMetaData meta) throws SQLException {
        return meta.getConnection().getCatalog();
    }

    private static String schema(DatabaseMetaData meta) throws SQLException {
        return meta.getConnection().getSchema();
    }

    private List<String> names(MetadataQuery query, String column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = radius().dataSource().getConnection();
             ResultSet rows = query.run(connection.getMetaData())) {
            while (rows.next()) {
                names.add(rows.getString(column).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** One DatabaseMetaData lookup. */
    interface MetadataQuery {
        ResultSet run(DatabaseMetaData meta) throws SQLException;
    }
}
