package io.ispflow.sessions.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The query role's half of this module: the query handlers that answer from the sessions and usage
 * tables, without the reader that fills them, so a query process can read what a sessions process keeps.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = SessionQueriesConfiguration.class)
public class SessionQueriesConfiguration {
}
