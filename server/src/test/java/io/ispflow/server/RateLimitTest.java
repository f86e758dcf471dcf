package io.ispflow.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in is limited to 5 attempts a minute per client address and per username; other calls per session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_limits",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_limits_radius",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.rate-limit.logins-per-minute=5",
        "ispflow.rate-limit.calls-per-minute=20",
        "ispflow.bootstrap.admin-password=" + ApiTest.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest {

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_limits");
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_limits_radius");
    }

    @LocalServerPort
    int port;

    String adminToken;

    /** The first of this minute's five sign-ins from 127.0.0.1. */
    @BeforeAll
    void signInOnce() {
        adminToken = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD).accessToken();
    }

    @Test
    void theSixthSignInOfAMinuteFromOneAddressIsRefusedWithRetryAfter() {
        Api api = new Api(port);
        for (int attempt = 2; attempt <= 5; attempt++) {
            assertThat(api.post("/api/v1/auth/login", Map.of("username", "guesser", "password", "guess-" + attempt)).status())
                    .isEqualTo(401);
        }

        Api.Answer sixth = api.post("/api/v1/auth/login", Map.of("username", "guesser", "password", "guess-6"));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.code()).isEqualTo("RATE_LIMITED");
        assertThat(sixth.retryAfter()).isPositive();
    }

    @Test
    void callsBeyondTheSessionsLimitAreRefusedWithRetryAfter() {
        Api api = new Api(port).withToken(adminToken);
        int accepted = 0;
        Api.Answer answer = api.get("/api/v1/packages");
        while (answer.status() == 200 && accepted < 100) {
            accepted++;
            answer = api.get("/api/v1/packages");
        }

        assertThat(accepted).isEqualTo(20);
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.retryAfter()).isPositive();
    }
}
