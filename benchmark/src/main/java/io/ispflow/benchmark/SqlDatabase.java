package io.ispflow.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database on a loopback server, as JDBC (the benchmark, the server) and FreeRADIUS's sql module
 * (ispflow.env's variables) both name it.
 */
public record SqlDatabase(String dialect, int port, String name, String user, String password) {

    private static final String HOST = "127.0.0.1";
    private static final int CONNECT_ATTEMPTS = 10;
    private static final String MYSQL_OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true";

    public static SqlDatabase postgres(int port, String name) {
        return new SqlDatabase("postgresql", port, name, "postgres", "");
    }

    public static SqlDatabase mariaDb(String name) {
        return new SqlDatabase("mysql", 3306, name, "root", "");
    }

    /** The same database, signed in to with {@code password} (the embedded default asks for one). */
    public SqlDatabase withPassword(String password) {
        return new SqlDatabase(dialect, port, name, user, password);
    }

    public String jdbcUrl() {
        return "postgresql".equals(dialect)
                ? "jdbc:postgresql://" + HOST + ":" + port + "/" + name
                : "jdbc:mysql://" + HOST + ":" + port + "/" + name + MYSQL_OPTIONS;
    }

    /** Tries a few times: the servers are shared, and PostgreSQL refuses clients beyond max_connections. */
    public Connection connect() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(jdbcUrl(), user, password);
            } catch (SQLException e) {
                if (attempt == CONNECT_ATTEMPTS) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to connect", e);
        }
    }

    /** Drops and creates this database; only the benchmark's own names may be dropped. */
    public SqlDatabase fresh() throws SQLException {
        if (!name.startsWith("ispflow_bm")) {
            throw new IllegalArgumentException("the benchmark drops only databases named ispflow_bm*, not " + name);
        }
        boolean postgres = "postgresql".equals(dialect);
        String server = postgres ? "jdbc:postgresql://" + HOST + ":" + port + "/postgres"
                : "jdbc:mysql://" + HOST + ":" + port + "/" + MYSQL_OPTIONS;
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + (postgres ? " WITH (FORCE)" : ""));
            sql.execute("CREATE DATABASE " + name);
        }
        return this;
    }

    /** ISPFLOW_RADIUS_DB_* as the FreeRADIUS configuration reads them. */
    public Map<String, String> freeRadiusEnvironment() {
        return Map.of("ISPFLOW_RADIUS_DB_DIALECT", dialect, "ISPFLOW_RADIUS_DB_HOST", HOST,
                "ISPFLOW_RADIUS_DB_PORT", Integer.toString(port), "ISPFLOW_RADIUS_DB_NAME", name,
                "ISPFLOW_RADIUS_DB_USER", user, "ISPFLOW_RADIUS_DB_PASSWORD", password);
    }
}
