package io.ispflow.benchmark.accounting;

import io.ispflow.benchmark.SqlDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The longest {@code DELETE FROM radacct} seen running in the RADIUS database, from its own list of
 * running statements ({@code pg_stat_activity}, MariaDB's {@code PROCESSLIST}) asked every few
 * milliseconds: how long one retention batch holds its rows' locks, to within the sampling period.
 */
final class LongestDelete implements AutoCloseable {

    static final long PERIOD_MILLIS = 5;

    private final Connection connection;
    private final PreparedStatement running;
    private final Thread thread;
    private volatile boolean watching = true;
    private volatile double longestMillis;

    LongestDelete(SqlDatabase radius) throws SQLException {
        this.connection = radius.connect();
        this.running = connection.prepareStatement("postgresql".equals(radius.dialect())
                ? "SELECT COALESCE(MAX(EXTRACT(EPOCH FROM clock_timestamp() - query_start) * 1000), 0) FROM pg_stat_activity"
                        + " WHERE state = 'active' AND query LIKE 'DELETE FROM radacct%'"
                : "SELECT COALESCE(MAX(TIME_MS), 0) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'DELETE FROM radacct%'");
        this.thread = new Thread(this::watch, "longest-delete");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (watching) {
                try (ResultSet rows = running.executeQuery()) {
                    rows.next();
                    longestMillis = Math.max(longestMillis, rows.getDouble(1));
                }
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (SQLException | InterruptedException stopped) {
            watching = false;
        }
    }

    double longestMillis() {
        return longestMillis;
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        watching = false;
        thread.join(1000);
        connection.close();
    }
}
