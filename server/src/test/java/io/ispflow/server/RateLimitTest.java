package io.ispflow.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpRequest;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in is limited to 5 failures a minute per client address, and strangers cannot lock an
 * operator out; other calls are limited per session, drift checks per hour. The callers' addresses
 * come from X-Forwarded-For, as behind the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_limits",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_limits_radius",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.rate-limit.logins-per-minute=5",
        "ispflow.rate-limit.calls-per-minute=20",
        "ispflow.ops.drift-checks-per-hour=2",
        "server.forward-headers-strategy=native",
        "ispflow.wireguard.endpoint=" + ApiTest.WIREGUARD_ENDPOINT,
        "ispflow.wireguard.public-key=" + ApiTest.WIREGUARD_PUBLIC_KEY,
        "ispflow.public-url=" + ApiTest.PUBLIC_URL,
        "ispflow.bootstrap.admin-password=" + ApiTest.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest {

    static final String OWNERS_ADDRESS = "203.0.113.10";

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_limits");
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_limits_radius");
    }

    @LocalServerPort
    int port;

    String adminToken;

    /** The owner signs in from their usual address. */
    @BeforeAll
    void signInOnce() {
        adminToken = new Api(port).from(OWNERS_ADDRESS).login("admin", ApiTest.ADMIN_PASSWORD).accessToken();
    }

    @Test
    void theSixthSignInOfAMinuteFromAnAddressThatFailedFiveTimesIsRefusedWithRetryAfter() {
        Api guesser = new Api(port).from("198.51.100.1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(guesser.post("/api/v1/auth/login", Map.of("username", "guesser", "password", "guess-" + attempt)).status())
                    .isEqualTo(401);
        }

        Api.Answer sixth = guesser.post("/api/v1/auth/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.code()).isEqualTo("RATE_LIMITED");
        assertThat(sixth.retryAfter()).isPositive();
    }

    @Test
    void afterFiveWrongRouterKeysAMinuteFromAnAddressEvenTheRightOneIsRefused() {
        // a session of its own: the session limit's test counts every call of the shared one
        Api owner = new Api(port).from(OWNERS_ADDRESS).login("admin", ApiTest.ADMIN_PASSWORD);
        String router = owner.post("/api/v1/routers", Map.of("name", "limited-1")).id();
        String script = owner.get("/api/v1/routers/" + router + "/setup-script").text();
        String token = script.replaceAll("(?s).*X-API-Key: ([A-Za-z0-9]{40})\".*", "$1");
        for (int wrong = 1; wrong <= 5; wrong++) {
            assertThat(sendKey(new Api(port).from("198.51.100.4"), "Wrong0123456789abcdefghijklmnopqrstuvwx" + wrong).status())
                    .isEqualTo(401);
        }

        Api.Answer right = sendKey(new Api(port).from("198.51.100.4"), token);

        assertThat(right.status()).isEqualTo(429);
        assertThat(right.code()).isEqualTo("RATE_LIMITED");
        assertThat(right.retryAfter()).isPositive();
        assertThat(sendKey(new Api(port).from("198.51.100.5"), token).status()).isEqualTo(204);
    }

    private static Api.Answer sendKey(Api router, String apiKey) {
        return router.exchange("/api/v1/routers/wireguard-key", request -> request
                .header("X-API-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"publicKey\":\"gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=\"}")));
    }

    @Test
    void successfulSignInsAreNotCounted() {
        Api api = new Api(port).from("198.51.100.2");

        for (int signIn = 1; signIn <= 8; signIn++) {
            assertThat(api.login("admin", ApiTest.ADMIN_PASSWORD).accessToken()).isNotBlank();
        }
    }

    @Test
    void strangersFailingWithTheOwnersUsernameDoNotLockTheOwnerOut() {
        for (int stranger = 1; stranger <= 3; stranger++) {
            Api guesser = new Api(port).from("192.0.2." + stranger);
            for (int attempt = 1; attempt <= 5; attempt++) {
                guesser.post("/api/v1/auth/login", Map.of("username", "admin", "password", "guess-" + attempt));
            }
        }

        Api.Answer owner = new Api(port).from(OWNERS_ADDRESS)
                .post("/api/v1/auth/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));

        assertThat(owner.status()).as("%s", owner).isEqualTo(200);
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

    @Test
    void aDriftCheckBeyondTheHoursLimitIsRefusedWithRetryAfter() {
        Api platform = new Api(port).from("198.51.100.3").login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        assertThat(platform.get("/api/v1/ops/radius/drift").status()).isEqualTo(200);
        assertThat(platform.get("/api/v1/ops/radius/drift").status()).isEqualTo(200);

        Api.Answer third = platform.get("/api/v1/ops/radius/drift");

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.code()).isEqualTo("RATE_LIMITED");
        assertThat(third.retryAfter()).isGreaterThan(3000);
    }
}
