package io.ispflow.sessions.accounting;

import io.ispflow.radius.RadiusDialect;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Instants to and from the RADIUS database's timestamps, to the microsecond. MySQL's driver takes
 * MariaDB (which calls itself 5.5.5) for a server without fractional seconds and cuts a parameter to the
 * second, so on MariaDB they travel as epoch seconds with a fraction, converted by the server itself in
 * its session time zone, as FreeRADIUS's own queries convert theirs.
 */
public final class RadiusTime {

    private final boolean mysql;

    private RadiusTime(boolean mysql) {
        this.mysql = mysql;
    }

    public static RadiusTime of(RadiusDialect dialect) {
        return new RadiusTime(dialect == RadiusDialect.MYSQL);
    }

    /** A parameter's place in SQL, for a value {@link #bind} makes. */
    public String parameter() {
        return mysql ? "FROM_UNIXTIME(?)" : "?";
    }

    public Object bind(Instant instant) {
        return mysql ? BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                : Timestamp.from(instant);
    }

    /** A timestamp column read so that {@link #instant} can take it. */
    public String column(String name) {
        return mysql ? "UNIX_TIMESTAMP(" + name + ")" : name;
    }

    public Instant instant(ResultSet rs, String label) throws SQLException {
        if (!mysql) {
            Timestamp timestamp = rs.getTimestamp(label);
            return timestamp == null ? null : timestamp.toInstant();
        }
        BigDecimal seconds = rs.getBigDecimal(label);
        if (seconds == null) {
            return null;
        }
        long whole = seconds.longValue();
        return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
    }
}
