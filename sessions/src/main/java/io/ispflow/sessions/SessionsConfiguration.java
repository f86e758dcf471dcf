package io.ispflow.sessions;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Live sessions, whole: the server imports this when its "sessions" role is on. It reads FreeRADIUS's
 * accounting ({@code radacct}) into sessions and daily usage, and it sends the CoA and Disconnect
 * requests (RFC 5176) that make a suspension or a change of package reach a session already open.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = SessionsConfiguration.class)
public class SessionsConfiguration {
}
