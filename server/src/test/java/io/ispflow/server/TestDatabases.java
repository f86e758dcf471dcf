package io.ispflow.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real databases tests run against: this machine's PostgreSQL and MariaDB unless the
 * environment names others. Each test database is dropped and created afresh.
 */
public final class TestDatabases {

    /** Names every test database, so that two checkouts can run their tests side by side. */
    public static final String PREFIX = env("ISPFLOW_TEST_DB_PREFIX", "ispflow");
    public static final String PG_SERVER = env("ISPFLOW_TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String PG_USER = env("ISPFLOW_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("ISPFLOW_TEST_PG_PASSWORD", "");
    public static final String MYSQL_SERVER = env("ISPFLOW_TEST_MYSQL_SERVER", "jdbc:mysql://127.0.0.1:3306/");
    public static final String MYSQL_USER = env("ISPFLOW_TEST_MYSQL_USER", "root");
    public static final String MYSQL_PASSWORD = env("ISPFLOW_TEST_MYSQL_PASSWORD", "");
    private static final String MYSQL_OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true";

    private TestDatabases() {
    }

    /** Drops and creates a PostgreSQL database; answers its JDBC URL. */
    public static String freshPostgres(String name) {
        execute(PG_SERVER + "postgres", PG_USER, PG_PASSWORD,
                "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
        return PG_SERVER + name;
    }

    /** Drops and creates a MariaDB/MySQL database; answers its JDBC URL. */
    public static String freshMySql(String name) {
        execute(MYSQL_SERVER + MYSQL_OPTIONS, MYSQL_USER, MYSQL_PASSWORD,
                "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
        return MYSQL_SERVER + name + MYSQL_OPTIONS;
    }

    private static void execute(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test database at " + url + " is not reachable: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
