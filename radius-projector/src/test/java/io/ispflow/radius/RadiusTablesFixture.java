package io.ispflow.radius;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.stream.Stream;

/**
 * What every RADIUS table test needs: a migrated RADIUS database, emptied of projected rows before
 * each test; events applied the way the processor applies them, through Axon's handler invoker inside
 * a transaction of the RADIUS transaction manager; and rows read back as text.
 */
public interface RadiusTablesFixture {

    List<String> PROJECTED_TABLES = Stream.concat(RadiusTables.PROJECTED.stream(), Stream.of("token_entry")).toList();

    RadiusDatabase radius();

    @BeforeEach
    default void emptyProjectedTables() {
        PROJECTED_TABLES.forEach(table -> radius().jdbcTemplate().update("DELETE FROM " + table));
    }

    /** Applies the events in one transaction, as one batch of the tracking processor would. */
    default void apply(Object... events) {
        applyTo(RadiusTables.LIVE, events);
    }

    /** Applies the events in one transaction to the given set of tables. */
    default void applyTo(RadiusTables tables, Object... events) {
        RadiusProjectors projectors = RadiusProjectors.writing(radius(), tables, TestVault.VAULT);
        new TransactionTemplate(radius().transactionManager()).executeWithoutResult(transaction ->
                projectors.apply(Stream.of(events).map(GenericEventMessage::asEventMessage).toList()));
    }

    /** Each row as its columns' text joined by single spaces, e.g. {@code "Cleartext-Password := pw"}. */
    default List<String> rows(String sql, Object... args) {
        return radius().jdbcTemplate().query(sql, (row, n) -> {
            int columns = row.getMetaData().getColumnCount();
            StringBuilder text = new StringBuilder();
            for (int column = 1; column <= columns; column++) {
                text.append(column > 1 ? " " : "").append(row.getString(column));
            }
            return text.toString();
        }, args);
    }

    /** Every projected table's rows without their generated ids, sorted, for comparing whole states. */
    default List<String> projectedState() {
        return Stream.of(
                        "SELECT 'radcheck', username, attribute, op, value FROM radcheck",
                        "SELECT 'radreply', username, attribute, op, value FROM radreply",
                        "SELECT 'radgroupcheck', groupname, attribute, op, value FROM radgroupcheck",
                        "SELECT 'radgroupreply', groupname, attribute, op, value FROM radgroupreply",
                        "SELECT 'radusergroup', username, groupname, priority FROM radusergroup",
                        "SELECT 'nas', nasname, shortname, type, ports, secret, server, community, description "
                                + "FROM nas",
                        "SELECT 'router_nas', router_id, nasname FROM router_nas")
                .flatMap(sql -> rows(sql).stream())
                .sorted()
                .toList();
    }
}
