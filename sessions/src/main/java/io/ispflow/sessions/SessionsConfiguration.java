package io.ispflow.sessions;

import io.ispflow.radius.RadiusDataSourceProperties;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.sessions.accounting.AccountingProperties;
import io.ispflow.sessions.query.SessionQueriesConfiguration;
import io.ispflow.sessions.retention.RetentionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Live sessions, whole: the server imports this when its "sessions" role is on. It reads FreeRADIUS's
 * accounting ({@code radacct}) into sessions and daily usage, and it sends the CoA and Disconnect
 * requests (RFC 5176) that make a suspension or a change of package reach a session already open.
 * It brings the {@link RadiusDatabase} itself, so that it runs without the radius role; the query
 * handlers that answer from its tables are the query role's ({@link SessionQueriesConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = SessionsConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.ispflow\\.sessions\\.query\\..*"))
@Import(RadiusDatabase.class)
@EnableConfigurationProperties({RadiusDataSourceProperties.class, AccountingProperties.class, RetentionProperties.class})
public class SessionsConfiguration {
}
