package io.ispflow.radius;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's PostgreSQL and MariaDB (DESIGN.md, Testing), or whatever the environment names,
 * emptied so that every test class starts from a schema no one has touched.
 */
public final class TestRadiusDatabases {

    private static final String PREFIX = env("ISPFLOW_TEST_DB_PREFIX", "ispflow");
    private static final Pattern POSTGRESQL_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(.*)");

    private TestRadiusDatabases() {
    }

    static RadiusDataSourceProperties postgresql() {
        return new RadiusDataSourceProperties(
                env("ISPFLOW_TEST_RADIUS_PG_URL", "jdbc:postgresql://127.0.0.1:5432/" + PREFIX + "_radius_test"),
                env("ISPFLOW_TEST_PG_USER", "postgres"), env("ISPFLOW_TEST_PG_PASSWORD", ""));
    }

    static RadiusDataSourceProperties mysql() {
        return new RadiusDataSourceProperties(
                env("ISPFLOW_TEST_RADIUS_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/" + PREFIX + "_radius_test"
                        + "?createDatabaseIfNotExist=true&allowPublicKeyRetrieval=true&sslMode=DISABLED"),
                env("ISPFLOW_TEST_MYSQL_USER", "root"), env("ISPFLOW_TEST_MYSQL_PASSWORD", ""));
    }

    /** Creates the PostgreSQL database when missing, then replaces its public schema with an empty one. */
    public static RadiusDataSourceProperties emptyPostgresql() throws SQLException {
        RadiusDataSourceProperties properties = postgresql();
        Matcher url = POSTGRESQL_URL.matcher(properties.url());
        if (!url.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host/database, got " + properties.url());
        }
        try (Connection admin = connect(properties, url.group(1) + "postgres" + url.group(3));
             Statement sql = admin.createStatement()) {
            if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + url.group(2) + "'").next()) {
                sql.execute("CREATE DATABASE " + url.group(2));
            }
        }
        try (Connection radius = connect(properties, properties.url()); Statement sql = radius.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
        return properties;
    }

    /**
     * Drops and recreates the MySQL/MariaDB database the URL names (the URL creates it when missing), in
     * latin1, the default of MariaDB before 11.6: the schema must not rest on the server's default.
     */
    public static RadiusDataSourceProperties emptyMysql() throws SQLException {
        RadiusDataSourceProperties properties = mysql();
        try (Connection radius = connect(properties, properties.url()); Statement sql = radius.createStatement()) {
            String database = radius.getCatalog();
            if (!database.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("refusing to drop database " + database);
            }
            sql.execute("DROP DATABASE " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET latin1");
        }
        return properties;
    }

    private static Connection connect(RadiusDataSourceProperties properties, String url) throws SQLException {
        return DriverManager.getConnection(url, properties.username(), properties.password());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
