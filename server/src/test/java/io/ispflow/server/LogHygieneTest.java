package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** No log line holds a password, a RADIUS secret or a token, whatever the endpoint and however it fails. */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void secretsNeverReachTheLog(CapturedOutput log) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Answer login = new Api(port).post("/api/v1/auth/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));
        String accessToken = login.body().get("accessToken").asString();
        String refreshToken = login.body().get("refreshToken").asString();
        Api api = new Api(port).withToken(accessToken);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Hygiene", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        String router = api.post("/api/v1/routers", Map.of("name", "hygiene-" + tag)).id();
        String script = api.get("/api/v1/routers/" + router + "/setup-script").text();
        String subscriberPassword = "sub-secret-" + tag;
        String subscriber = api.post("/api/v1/subscribers", Map.of("username", "hygiene-" + tag, "password", subscriberPassword,
                "type", "PPPOE", "packageId", pkg)).id();
        String newSubscriberPassword = "new-sub-secret-" + tag;
        api.post("/api/v1/subscribers/" + subscriber + "/change-password", Map.of("password", newSubscriberPassword));
        api.post("/api/v1/subscribers/" + subscriber + "/change-password", Map.of("password", "bad\tpassword-" + tag));
        api.get("/api/v1/subscribers/" + subscriber + "/history");
        String forgottenPassword = "forgotten-secret-" + tag;
        Api.Answer signedUp = api.post("/api/v1/subscribers", Map.of("username", "forgotten-" + tag, "password", forgottenPassword,
                "type", "PPPOE", "packageId", pkg, "fullName", "Forgotten Person " + tag));
        assertThat(signedUp.status()).as(signedUp.text()).isEqualTo(201);
        String forgotten = signedUp.id();
        assertThat(api.post("/api/v1/subscribers/" + forgotten + "/forget", Map.of()).status()).isEqualTo(200);
        api.get("/api/v1/subscribers/" + forgotten + "/history");
        String operatorPassword = "operator-secret-" + tag;
        api.post("/api/v1/operators", Map.of("username", "hygiene-" + tag, "password", operatorPassword, "role", "AUDITOR"));
        new Api(port).post("/api/v1/auth/login", Map.of("username", "hygiene-" + tag, "password", "wrong-" + operatorPassword));
        new Api(port).post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
        new Api(port).post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
        new Api(port).withToken(accessToken + "tampered").get("/api/v1/packages");
        String apiToken = script.replaceAll("(?s).*X-API-Key: ([A-Za-z0-9]{40})\".*", "$1");
        sendRouterKey(apiToken);
        api.post("/api/v1/routers/" + router + "/rotate-secret", Map.of());
        sendRouterKey(apiToken);

        String radiusSecret = script.lines().filter(line -> line.contains("secret=")).findFirst().orElseThrow()
                .replaceAll(".*secret=\"?([A-Za-z0-9]+).*", "$1");
        List<String> secrets = List.of(ApiTest.ADMIN_PASSWORD, accessToken, refreshToken, subscriberPassword,
                newSubscriberPassword, "password-" + tag, operatorPassword, radiusSecret, apiToken, forgottenPassword,
                "Forgotten Person " + tag);
        assertThat(radiusSecret).hasSize(24);
        assertThat(apiToken).hasSize(40);
        LoggerFactory.getLogger(LogHygieneTest.class).info("log capture works for {}", tag);
        assertThat(log.getAll()).contains("log capture works for " + tag);
        assertThat(secrets).allSatisfy(secret -> assertThat(log.getAll()).doesNotContain(secret));
    }

    /** The router's own call, accepted, and refused once a rotation retired the token. */
    private void sendRouterKey(String apiToken) {
        new Api(port).exchange("/api/v1/routers/wireguard-key", request -> request
                .header("X-API-Key", apiToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"publicKey\":\"" + Base64.getEncoder().encodeToString(
                        ByteBuffer.allocate(32).putLong(UUID.randomUUID().getMostSignificantBits()).array()) + "\"}")));
    }
}
