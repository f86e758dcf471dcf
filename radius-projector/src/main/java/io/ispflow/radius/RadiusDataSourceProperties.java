package io.ispflow.radius;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the FreeRADIUS tables live: {@code ispflow.radius.datasource.url}, {@code .username} and
 * {@code .password}, naming the MySQL/MariaDB or PostgreSQL database that FreeRADIUS reads.
 */
@ConfigurationProperties(prefix = "ispflow.radius.datasource")
public record RadiusDataSourceProperties(String url, String username, String password) {

    @Override
    public String toString() {
        return "RadiusDataSourceProperties[url=" + url + ", username=" + username + ", password=***]";
    }
}
