package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

/**
 * Input that used to end in a 500 is answered with its 4xx, and a refusal by Spring itself (406, 405,
 * 415, ...) keeps its status and gets a code of its own instead of becoming INTERNAL_ERROR.
 */
@ApiTest
class ErrorAnswersTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api api;
    Refusals refusals;
    String packageId;

    @BeforeEach
    void signIn() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        refusals = new Refusals(appDatabase);
        packageId = api.post("/api/v1/packages", Map.of("name", "Answers", "downloadKbps", 1000, "uploadKbps", 1000)).id();
    }

    @Test
    void aSearchWithANulOrOfAThousandCharactersIsRefused() {
        refusals.expect(() -> api.get("/api/v1/subscribers?q=a%00b"), 400, "VALIDATION_FAILED", "q");
        refusals.expect(() -> api.get("/api/v1/subscribers?q=" + "a".repeat(1000)), 400, "VALIDATION_FAILED", "q");
    }

    @Test
    void aQueryStringThatIsNoUtf8IsRefused() {
        refusals.expect(() -> api.get("/api/v1/subscribers?q=a%C0b"), 400, "VALIDATION_FAILED", "query");
    }

    @Test
    void aSignInWithANulInTheUsernameIsAnsweredLikeAWrongPassword() {
        refusals.expect(() -> new Api(port).post("/api/v1/auth/login", Map.of("username", "ad\u0000min", "password", "whatever-1")),
                401, "AUTH_INVALID", null);
    }

    @Test
    void aSubscriptionEndingInTheYear300000OrBefore1970IsRefused() {
        refusals.expect(() -> api.post("/api/v1/subscribers", subscriber("+300000-01-01T00:00:00Z")), 400, "VALIDATION_FAILED", "expiresAt");
        refusals.expect(() -> api.post("/api/v1/subscribers", subscriber("1969-12-31T23:59:59Z")), 400, "VALIDATION_FAILED", "expiresAt");
    }

    @Test
    void anAnswerTheClientCannotAcceptIsA406() {
        refusals.expect(() -> api.exchange("/api/v1/packages", request -> request.header("Accept", "application/xml").GET()),
                406, "NOT_ACCEPTABLE", null);
    }

    @Test
    void aMethodTheRouteDoesNotTakeIsA405() {
        refusals.expect(() -> api.delete("/api/v1/packages"), 405, "METHOD_NOT_ALLOWED", null);
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        refusals.expect(() -> api.exchange("/api/v1/packages", request -> request.header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=Gold"))), 415, "UNSUPPORTED_MEDIA_TYPE", null);
    }

    @Test
    void aPathVariableOfTheWrongFormatIsA400WithItsName() {
        refusals.expect(() -> api.get("/api/v1/subscribers/not-a-uuid/as-of?at=2030-01-01T00:00:00Z"), 400, "VALIDATION_FAILED", "id");
    }

    private Map<String, Object> subscriber(String expiresAt) {
        return Map.of("username", "answers-" + UUID.randomUUID().toString().substring(0, 8), "password", "secret-123",
                "type", "PPPOE", "packageId", packageId, "expiresAt", expiresAt);
    }
}
