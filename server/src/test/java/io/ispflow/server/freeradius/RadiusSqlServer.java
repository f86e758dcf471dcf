package io.ispflow.server.freeradius;

import io.ispflow.server.TestDatabases;

import java.net.URI;
import java.util.Map;

/** The database FreeRADIUS's sql module reads, told to it in ispflow.env's variables. */
public record RadiusSqlServer(String dialect, String host, int port, String database, String user, String password) {

    /** A database on the test MariaDB (FreeRADIUS's mysql dialect and driver). */
    public static RadiusSqlServer mariaDb(String database) {
        return on("mysql", TestDatabases.MYSQL_SERVER, database, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD);
    }

    /** A database on the test PostgreSQL. */
    public static RadiusSqlServer postgresql(String database) {
        return on("postgresql", TestDatabases.PG_SERVER, database, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
    }

    private static RadiusSqlServer on(String dialect, String jdbcServerUrl, String database, String user, String password) {
        URI server = URI.create(jdbcServerUrl.substring("jdbc:".length()));
        return new RadiusSqlServer(dialect, server.getHost(), server.getPort(), database, user, password);
    }

    Map<String, String> environment() {
        return Map.of("ISPFLOW_RADIUS_DB_DIALECT", dialect,
                "ISPFLOW_RADIUS_DB_HOST", host,
                "ISPFLOW_RADIUS_DB_PORT", Integer.toString(port),
                "ISPFLOW_RADIUS_DB_NAME", database,
                "ISPFLOW_RADIUS_DB_USER", user,
                "ISPFLOW_RADIUS_DB_PASSWORD", password);
    }
}
