package io.ispflow.radius;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where the FreeRADIUS tables live: {@code ispflow.radius.datasource.url}, {@code .username} and
 * {@code .password}, naming the MySQL/MariaDB or PostgreSQL database that FreeRADIUS reads.
 * {@code .connection-timeout} is how long anything waits for a connection while that database is
 * away: a projector's batch then fails, rolls back and is retried; a drift check, a rebuild or the
 * readiness check answers that the database is unavailable.
 */
@ConfigurationProperties(prefix = "ispflow.radius.datasource")
public record RadiusDataSourceProperties(String url, String username, String password, Duration connectionTimeout) {

    @ConstructorBinding
    public RadiusDataSourceProperties(String url, String username, String password,
                                      @DefaultValue("3s") Duration connectionTimeout) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.connectionTimeout = connectionTimeout;
    }

    public RadiusDataSourceProperties(String url, String username, String password) {
        this(url, username, password, Duration.ofSeconds(3));
    }

    @Override
    public String toString() {
        return "RadiusDataSourceProperties[url=" + url + ", username=" + username + ", password=***]";
    }
}
