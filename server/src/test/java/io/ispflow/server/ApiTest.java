package io.ispflow.server;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A running server on this machine's PostgreSQL, RADIUS tables included, shared by the HTTP API
 * tests (one Spring context for all of them). Tests must not depend on each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_api",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_api_radius",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.query.max-position-wait=1s",
        "ispflow.expiry.sweep-interval=1s",
        // webhook receivers are on this machine, and retry at once
        "ispflow.webhooks.allow-http=true",
        "ispflow.webhooks.allowed-networks=127.0.0.0/8",
        "ispflow.webhooks.first-retry=50ms",
        "ispflow.webhooks.longest-retry=100ms",
        "ispflow.webhooks.poll-interval=100ms",
        "ispflow.webhooks.request-timeout=2s",
        // VPN servers go DOWN and are forgotten within the tests' patience
        "ispflow.vpn-servers.down-after=1s",
        "ispflow.vpn-servers.forget-after=4s",
        "ispflow.vpn-servers.sweep-interval=250ms",
        // a router is OFFLINE after a few seconds of silence, so the tests see it without waiting minutes
        "ispflow.router-health.offline-after=" + ApiTest.OFFLINE_AFTER_SECONDS + "s",
        "ispflow.router-health.sweep-interval=500ms",
        // the attacker's suite sends a router's heartbeat hundreds of times; RateLimitsTest counts a router's allowance
        "ispflow.rate-limit.router-calls-per-minute=100000",
        "ispflow.wireguard.endpoint=" + ApiTest.WIREGUARD_ENDPOINT,
        "ispflow.wireguard.public-key=" + ApiTest.WIREGUARD_PUBLIC_KEY,
        // not RADIUS's defaults, so that a setup script shows it was given the configured ones
        "ispflow.radius-server.auth-port=11812",
        "ispflow.radius-server.accounting-port=11813",
        "ispflow.radius-server.coa-port=13799",
        "ispflow.public-url=" + ApiTest.PUBLIC_URL,
        "ispflow.cors.allowed-origins=" + ApiTest.SPA_ORIGIN + ", https://other-admin.isp.example",
        "ispflow.bootstrap.admin-password=" + ApiTest.ADMIN_PASSWORD})
public @interface ApiTest {

    String ADMIN_PASSWORD = "admin-test-password";
    /** How long a router may be silent here before it is OFFLINE. */
    int OFFLINE_AFTER_SECONDS = 3;
    /** platform-admin's, which the tests' config/application.properties gives every test server. */
    String PLATFORM_ADMIN_PASSWORD = "platform-test-password";
    String WIREGUARD_ENDPOINT = "vpn.isp.example:51820";
    String WIREGUARD_PUBLIC_KEY = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";
    String SPA_ORIGIN = "https://admin.isp.example";
    /** Where the setup scripts send routers' keys; the tests send them to the test server instead. */
    String PUBLIC_URL = "https://ispflow.isp.example";

    /** Fresh databases once per test run, before the shared context first starts. */
    final class Databases {

        private static boolean prepared;

        private Databases() {
        }

        public static synchronized void prepare() {
            if (!prepared) {
                TestDatabases.freshPostgres(TestDatabases.PREFIX + "_api");
                TestDatabases.freshPostgres(TestDatabases.PREFIX + "_api_radius");
                prepared = true;
            }
        }
    }
}
