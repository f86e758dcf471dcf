package io.ispflow.sessions.control;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A PostgreSQL database of this module's tests (this machine's, or {@code ISPFLOW_TEST_PG_*}), made afresh
 * with the module's own migration, as Flyway would run it.
 */
final class SessionControlDatabase {

    private static final String PREFIX = env("ISPFLOW_TEST_DB_PREFIX", "ispflow");
    private static final String SERVER = env("ISPFLOW_TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("ISPFLOW_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("ISPFLOW_TEST_PG_PASSWORD", "");

    private SessionControlDatabase() {
    }

    static JdbcTemplate fresh() {
        String name = PREFIX + "_session_control";
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(SERVER + "postgres", USER, PASSWORD));
        admin.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin.execute("CREATE DATABASE " + name);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(SERVER + name, USER, PASSWORD));
        try {
            for (String migration : List.of("V22__session_control.sql", "V28__voucher_sessions.sql")) {
                jdbc.execute(new ClassPathResource("db/app/sessions/" + migration).getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jdbc;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
