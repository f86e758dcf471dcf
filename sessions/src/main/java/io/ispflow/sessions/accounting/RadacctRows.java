package io.ispflow.sessions.accounting;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusDialect;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Reads FreeRADIUS's radacct in the order of its rows' last change ({@code changed}, which the RADIUS
 * database sets itself: radius migrations V7 on MariaDB, V6 on PostgreSQL), through the index on
 * {@code (changed, radacctid)}: each read starts where the last left off and never scans the table.
 * Times are read as epoch seconds by the database itself, in the time zone FreeRADIUS wrote them in.
 */
@Component
class RadacctRows {

    private final RadiusDatabase radius;
    private final RadiusTime time;
    private final String changedSince;

    RadacctRows(RadiusDatabase radius) {
        this.radius = radius;
        this.time = RadiusTime.of(radius.dialect());
        this.changedSince = changedSince(radius.dialect(), time);
    }

    /** Rows changed after {@code (changed, radacctId)}, in that order, at most {@code limit}. */
    List<AccountingRow> after(Instant changed, long radacctId, int limit) {
        Object from = time.bind(changed);
        return radius.jdbcTemplate().query(changedSince, (rs, n) -> row(rs), from, from, radacctId, limit);
    }

    private static String changedSince(RadiusDialect dialect, RadiusTime time) {
        boolean mysql = dialect == RadiusDialect.MYSQL;
        String address = mysql ? "%s" : "host(%s)";
        String epoch = mysql ? "UNIX_TIMESTAMP(%s)" : "CAST(FLOOR(EXTRACT(EPOCH FROM %s)) AS BIGINT)";
        return "SELECT radacctid, acctuniqueid, acctsessionid, username, "
                + address.formatted("nasipaddress") + " AS nas_address, " + address.formatted("framedipaddress") + " AS framed, "
                + "callingstationid, " + epoch.formatted("acctstarttime") + " AS started, "
                + epoch.formatted("acctupdatetime") + " AS updated, " + epoch.formatted("acctstoptime") + " AS stopped, "
                + "acctinterval, acctsessiontime, acctinputoctets, acctoutputoctets, acctterminatecause, "
                + time.column("changed") + " AS changed_at "
                + "FROM radacct WHERE changed >= " + time.parameter() + " AND (changed > " + time.parameter()
                + " OR radacctid > ?) ORDER BY changed, radacctid LIMIT ?";
    }

    private AccountingRow row(ResultSet rs) throws SQLException {
        Instant changed = time.instant(rs, "changed_at");
        Instant updated = instant(rs, "updated");
        Instant stopped = instant(rs, "stopped");
        Instant started = instant(rs, "started");
        return new AccountingRow(rs.getLong("radacctid"), rs.getString("acctuniqueid"), rs.getString("acctsessionid"),
                rs.getString("username"), rs.getString("nas_address"), blankAsNull(rs.getString("framed")),
                blankAsNull(rs.getString("callingstationid")),
                started != null ? started : updated != null ? updated : stopped != null ? stopped : changed,
                updated, stopped, number(rs, "acctinterval"), number(rs, "acctsessiontime"),
                rs.getLong("acctinputoctets"), rs.getLong("acctoutputoctets"), blankAsNull(rs.getString("acctterminatecause")),
                changed);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long seconds = number(rs, column);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    private static Long number(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
