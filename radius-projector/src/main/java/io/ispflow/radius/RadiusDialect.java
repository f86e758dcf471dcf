package io.ispflow.radius;

import java.util.List;

/** The SQL dialect of the RADIUS database, which picks the flavour of FreeRADIUS schema to migrate. */
public enum RadiusDialect {

    MYSQL("classpath:db/radius/mysql", List.of("jdbc:mysql:", "jdbc:mariadb:")),
    POSTGRESQL("classpath:db/radius/postgresql", List.of("jdbc:postgresql:"));

    private final String flywayLocation;
    private final List<String> urlPrefixes;

    RadiusDialect(String flywayLocation, List<String> urlPrefixes) {
        this.flywayLocation = flywayLocation;
        this.urlPrefixes = urlPrefixes;
    }

    /** The dialect a JDBC URL speaks; MariaDB counts as MySQL, as FreeRADIUS's schema does. */
    public static RadiusDialect of(String jdbcUrl) {
        for (RadiusDialect dialect : values()) {
            if (jdbcUrl != null && dialect.urlPrefixes.stream().anyMatch(jdbcUrl::startsWith)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("ispflow.radius.datasource.url must be a jdbc:mysql:, jdbc:mariadb: "
                + "or jdbc:postgresql: URL, not " + jdbcUrl);
    }

    /** Where this dialect's Flyway migrations live on the classpath. */
    public String flywayLocation() {
        return flywayLocation;
    }
}
