package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Every subscriber command refuses bad input with a problem+json, and appends no event. */
@ApiTest
class SubscriberBadInputTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api api;
    String path;

    @BeforeEach
    void aSubscriber() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Bad input", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        path = "/api/v1/subscribers/" + api.post("/api/v1/subscribers", Map.of("username", "bad-" + System.nanoTime(),
                "password", "secret-123", "type", "PPPOE", "packageId", pkg)).id();
    }

    @Test
    void anUnknownSubscriberIsNotFound() {
        expectRefused(() -> api.post("/api/v1/subscribers/" + UUID.randomUUID() + "/suspend", Map.of("reason", "x")),
                404, "NOT_FOUND", null);
    }

    @Test
    void aMalformedIdIsRefused() {
        expectRefused(() -> api.post("/api/v1/subscribers/not-a-uuid/reactivate", Map.of()), 400, "VALIDATION_FAILED", "id");
    }

    @Test
    void anUnknownPackageIsRefused() {
        expectRefused(() -> api.post(path + "/change-package", Map.of("packageId", UUID.randomUUID().toString())),
                422, "PACKAGE_NOT_FOUND", null);
    }

    @Test
    void aPackageIdThatIsNoUuidIsRefused() {
        expectRefused(() -> api.post(path + "/change-package", Map.of("packageId", "premium")), 400, "VALIDATION_FAILED", "packageId");
    }

    @Test
    void aMissingPasswordIsRefused() {
        expectRefused(() -> api.post(path + "/change-password", Map.of()), 400, "VALIDATION_FAILED", "password");
    }

    @Test
    void aPasswordWithControlCharactersIsRefused() {
        expectRefused(() -> api.post(path + "/change-password", Map.of("password", "tab\there1")), 400, "VALIDATION_FAILED", "password");
    }

    @Test
    void aSuspensionWithoutReasonIsRefused() {
        expectRefused(() -> api.post(path + "/suspend", Map.of("reason", "")), 400, "VALIDATION_FAILED", "reason");
    }

    @Test
    void aRenewalIntoThePastIsRefused() {
        expectRefused(() -> api.post(path + "/renew", Map.of("until", "2020-01-01T00:00:00Z")), 400, "VALIDATION_FAILED", "until");
    }

    @Test
    void aRenewalDateThatIsNoInstantIsRefused() {
        expectRefused(() -> api.post(path + "/renew", Map.of("until", "next tuesday")), 400, "VALIDATION_FAILED", "until");
    }

    @Test
    void aNegativeRenewalIsRefused() {
        expectRefused(() -> api.post(path + "/renew", Map.of("days", -5)), 400, "VALIDATION_FAILED", "days");
    }

    @Test
    void aMalformedAddressIsRefused() {
        expectRefused(() -> api.put(path + "/static-ip", Map.of("ip", "203.0.113")), 400, "VALIDATION_FAILED", "ip");
    }

    @Test
    void aBroadcastAddressIsRefused() {
        expectRefused(() -> api.put(path + "/static-ip", Map.of("ip", "255.255.255.255")), 400, "VALIDATION_FAILED", "staticIp");
    }

    @Test
    void aMalformedEmailIsRefused() {
        expectRefused(() -> api.put(path + "/contact", Map.of("email", "not-an-email")), 400, "VALIDATION_FAILED", "email");
    }

    private void expectRefused(Supplier<Api.Answer> call, int status, String code, String field) {
        long before = RequestEvents.count(appDatabase);
        Api.Answer answer = call.get();
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.body().get("errors").findValuesAsString("field")).contains(field);
        }
        assertThat(RequestEvents.count(appDatabase)).isEqualTo(before);
    }
}
