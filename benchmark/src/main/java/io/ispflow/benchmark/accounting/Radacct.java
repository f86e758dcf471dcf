package io.ispflow.benchmark.accounting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code radacct} written as FreeRADIUS 3.2's stock {@code queries.conf} of each dialect writes it (Debian's
 * {@code mods-config/sql/main/<dialect>/queries.conf}): the same columns, the same values for what a
 * MikroTik PPPoE server sends (NAS-Port-Type Ethernet, Framed-User, PPP, the service name as
 * Called-Station-Id, the MAC as Calling-Station-Id), {@code NULL} where PostgreSQL's queries put
 * {@code NULLIF('', '')} and {@code ''} where MySQL's put the empty attribute. Timestamps go through the
 * stock {@code TO_TIMESTAMP}/{@code FROM_UNIXTIME} of the packet's epoch seconds.
 *
 * <p>ispflow's radius migrations add {@code changed}, the time of a row's last write, which the RADIUS
 * database stamps itself (a trigger on PostgreSQL, {@code ON UPDATE} on MariaDB) and the server reads
 * radacct in the order of. A history row gets the time its last packet would have been written then,
 * with PostgreSQL's triggers off for that transaction, so that the history reads and ages as one written
 * over its days would.
 */
final class Radacct {

    /** The stock column_list, plus acctinterval: a history row is the state after its interim updates. */
    private static final String HISTORY_COLUMNS = "acctsessionid, acctuniqueid, username, realm, nasipaddress, nasportid, "
            + "nasporttype, acctstarttime, acctupdatetime, acctstoptime, acctinterval, acctsessiontime, acctauthentic, "
            + "connectinfo_start, connectinfo_stop, acctinputoctets, acctoutputoctets, calledstationid, callingstationid, "
            + "acctterminatecause, servicetype, framedprotocol, framedipaddress, framedipv6address, framedipv6prefix, "
            + "framedinterfaceid, delegatedipv6prefix";
    private static final String STOCK_COLUMNS = HISTORY_COLUMNS.replace("acctinterval, ", "");
    static final String SERVICE_NAME = "pppoe-bench";

    private final boolean postgres;
    private final boolean stamped;
    private final String historyColumns;
    private final String historyRow;
    private final String start;
    private final String interim;
    private final String stop;

    /** {@code stamped}: whether this radacct has ispflow's {@code changed} column (see {@link #stamped(Connection)}). */
    Radacct(String dialect, boolean stamped) {
        this.postgres = "postgresql".equals(dialect);
        this.stamped = stamped;
        this.historyColumns = HISTORY_COLUMNS + (stamped ? ", changed" : "");
        String time = postgres ? "TO_TIMESTAMP(?)" : "FROM_UNIXTIME(?)";
        String inet = postgres ? "CAST(? AS inet)" : "?";
        String none = postgres ? "NULL" : "''";
        this.historyRow = "(?, ?, ?, " + none + ", " + inet + ", ?, 'Ethernet', " + time + ", " + time + ", " + time
                + ", ?, ?, 'RADIUS', '', ?, ?, ?, '" + SERVICE_NAME + "', ?, ?, 'Framed-User', 'PPP', " + inet + ", "
                + none + ", " + none + ", " + none + ", " + none + (stamped ? ", " + time : "") + ")";
        String startValues = "(?, ?, ?, " + none + ", " + inet + ", ?, 'Ethernet', " + time + ", " + time + ", NULL, 0, 'RADIUS', '', "
                + none + ", 0, 0, '" + SERVICE_NAME + "', ?, " + none + ", 'Framed-User', 'PPP', " + inet + ", "
                + none + ", " + none + ", " + none + ", " + none + ")";
        if (postgres) {
            this.start = "INSERT INTO radacct (" + STOCK_COLUMNS + ") VALUES " + startValues
                    + " ON CONFLICT (AcctUniqueId) DO UPDATE SET AcctStartTime = TO_TIMESTAMP(?), AcctUpdateTime = TO_TIMESTAMP(?),"
                    + " ConnectInfo_start = '' WHERE radacct.AcctUniqueId = ? AND radacct.AcctStopTime IS NULL";
            this.interim = "UPDATE radacct SET FramedIPAddress = NULLIF(?, '')::inet, FramedIPv6Address = NULL, FramedIPv6Prefix = NULL,"
                    + " FramedInterfaceId = NULL, DelegatedIPv6Prefix = NULL, AcctSessionTime = ?,"
                    + " AcctInterval = (? - EXTRACT(EPOCH FROM (COALESCE(AcctUpdateTime, AcctStartTime)))),"
                    + " AcctUpdateTime = TO_TIMESTAMP(?), AcctInputOctets = ?, AcctOutputOctets = ?"
                    + " WHERE AcctUniqueId = ? AND AcctStopTime IS NULL";
            this.stop = "UPDATE radacct SET AcctStopTime = TO_TIMESTAMP(?), AcctUpdateTime = TO_TIMESTAMP(?), AcctSessionTime = ?,"
                    + " AcctInputOctets = ?, AcctOutputOctets = ?, AcctTerminateCause = ?, FramedIPAddress = NULLIF(?, '')::inet,"
                    + " FramedIPv6Address = NULL, FramedIPv6Prefix = NULL, FramedInterfaceId = NULL, DelegatedIPv6Prefix = NULL,"
                    + " ConnectInfo_stop = '' WHERE AcctUniqueId = ? AND AcctStopTime IS NULL";
        } else {
            this.start = "INSERT INTO radacct (" + STOCK_COLUMNS + ") VALUES " + startValues;
            // MySQL's stock interim keeps the previous update time in a session variable to compute the interval
            this.interim = "UPDATE radacct SET acctupdatetime = (@acctupdatetime_old:=acctupdatetime),"
                    + " acctupdatetime = FROM_UNIXTIME(?), acctinterval = ? - UNIX_TIMESTAMP(@acctupdatetime_old),"
                    + " framedipaddress = ?, framedipv6address = '', framedipv6prefix = '', framedinterfaceid = '',"
                    + " delegatedipv6prefix = '', acctsessiontime = ?, acctinputoctets = ?, acctoutputoctets = ?"
                    + " WHERE AcctUniqueId = ?";
            // and its stop leaves acctupdatetime at the last interim update
            this.stop = "UPDATE radacct SET acctstoptime = FROM_UNIXTIME(?), acctsessiontime = ?, acctinputoctets = ?,"
                    + " acctoutputoctets = ?, acctterminatecause = ?, connectinfo_stop = '' WHERE AcctUniqueId = ?";
        }
    }

    /** Whether radacct has the {@code changed} column ispflow's radius migrations add. */
    static boolean stamped(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT * FROM radacct WHERE 1 = 0")) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                if ("changed".equalsIgnoreCase(rows.getMetaData().getColumnName(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Starts the transaction history rows are written in: on PostgreSQL the trigger would stamp them now. */
    void beginHistory(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        if (stamped && postgres) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("SET LOCAL session_replication_role = replica");
            }
        }
    }

    /** One multi-row {@code INSERT} of finished or still open sessions, as a bulk load writes them. */
    void insertHistory(Connection connection, List<AccountingRow> rows) throws SQLException {
        List<Object> values = new ArrayList<>(rows.size() * 16);
        for (AccountingRow row : rows) {
            boolean stopped = row.stopEpoch() != null;
            values.addAll(Arrays.asList(row.sessionId(), row.uniqueId(), row.username(), row.nasAddress(), row.nasPortId(),
                    row.startEpoch(), row.updateEpoch(), row.stopEpoch(), row.intervalSeconds(), row.sessionSeconds(),
                    stopped ? "" : empty(), row.inputOctets(), row.outputOctets(), row.callingStationId(),
                    stopped ? row.terminateCause() : empty(), row.framedIp()));
            if (stamped) {
                values.add(row.updateEpoch());
            }
        }
        execute(connection, "INSERT INTO radacct (" + historyColumns + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), historyRow)), values);
    }

    /** Accounting-Request Start: the stock start query. */
    void start(Connection connection, AccountingRow row) throws SQLException {
        List<Object> values = new ArrayList<>(List.of(row.sessionId(), row.uniqueId(), row.username(), row.nasAddress(),
                row.nasPortId(), row.startEpoch(), row.startEpoch(), row.callingStationId(), row.framedIp()));
        if (postgres) {
            values.addAll(List.of(row.startEpoch(), row.startEpoch(), row.uniqueId()));
        }
        execute(connection, start, values);
    }

    /** Accounting-Request Interim-Update: the stock interim-update query (its first; the second inserts a missed start). */
    void interim(Connection connection, AccountingRow row) throws SQLException {
        List<Object> values = postgres
                ? List.of(row.framedIp(), row.sessionSeconds(), row.updateEpoch(), row.updateEpoch(),
                        row.inputOctets(), row.outputOctets(), row.uniqueId())
                : List.of(row.updateEpoch(), row.updateEpoch(), row.framedIp(), row.sessionSeconds(),
                        row.inputOctets(), row.outputOctets(), row.uniqueId());
        execute(connection, interim, values);
    }

    /** Accounting-Request Stop: the stock stop query. */
    void stop(Connection connection, AccountingRow row) throws SQLException {
        List<Object> values = postgres
                ? List.of(row.stopEpoch(), row.stopEpoch(), row.sessionSeconds(), row.inputOctets(), row.outputOctets(),
                        row.terminateCause(), row.framedIp(), row.uniqueId())
                : List.of(row.stopEpoch(), row.sessionSeconds(), row.inputOctets(), row.outputOctets(), row.terminateCause(),
                        row.uniqueId());
        execute(connection, stop, values);
    }

    /** Binds texts and numbers in order; a null is a BIGINT NULL, the only kind of NULL parameter these queries take. */
    private static void execute(Connection connection, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    statement.setNull(i + 1, Types.BIGINT);
                } else if (value instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) value);
                }
            }
            statement.executeUpdate();
        }
    }

    /** What an attribute the router did not send becomes: NULL in PostgreSQL's queries, '' in MySQL's. */
    private String empty() {
        return postgres ? null : "";
    }
}
