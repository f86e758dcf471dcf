package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a problem+json with a stable code and field errors, and leaves no event behind. */
@ApiTest
class BadInputTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    Api api;
    String packageId;

    @BeforeEach
    void signIn() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        packageId = api.post("/api/v1/packages", Map.of("name", "Basic", "downloadKbps", 4000, "uploadKbps", 1000)).id();
    }

    @Test
    void malformedJsonIsRefused() {
        expectRefused(() -> api.postRaw("/api/v1/subscribers", "{\"username\": "), 400, "VALIDATION_FAILED", "body");
    }

    @Test
    void aWrongTypeIsRefusedWithItsField() {
        expectRefused(() -> api.post("/api/v1/packages", Map.of("name", "Fast", "downloadKbps", "fast", "uploadKbps", 1)),
                400, "VALIDATION_FAILED", "downloadKbps");
    }

    @Test
    void aMissingFieldIsRefusedWithItsField() {
        expectRefused(() -> api.post("/api/v1/packages", Map.of("name", "Fast", "uploadKbps", 1000)),
                400, "VALIDATION_FAILED", "downloadKbps");
    }

    @Test
    void aRateOutOfRangeIsRefused() {
        expectRefused(() -> api.post("/api/v1/packages", Map.of("name", "Zero", "downloadKbps", 0, "uploadKbps", 1000)),
                400, "VALIDATION_FAILED", "downloadKbps");
    }

    @Test
    void anUnknownSubscriberTypeIsRefused() {
        expectRefused(() -> api.post("/api/v1/subscribers", subscriber("bad-type-1", Map.of("type", "WIFI"))),
                400, "VALIDATION_FAILED", "type");
    }

    @Test
    void aUsernameOutsideTheSafeAlphabetIsRefused() {
        expectRefused(() -> api.post("/api/v1/subscribers", subscriber("john doe", Map.of())),
                400, "VALIDATION_FAILED", "username");
    }

    @Test
    void aShortPasswordIsRefused() {
        expectRefused(() -> api.post("/api/v1/subscribers", subscriber("short-pass", Map.of("password", "abc"))),
                400, "VALIDATION_FAILED", "password");
    }

    @Test
    void anUnknownPackageIsRefused() {
        expectRefused(() -> api.post("/api/v1/subscribers",
                subscriber("no-package", Map.of("packageId", UUID.randomUUID().toString()))), 422, "PACKAGE_NOT_FOUND", null);
    }

    @Test
    void aStaticSubscriberWithoutAnAddressIsRefused() {
        expectRefused(() -> api.post("/api/v1/subscribers", subscriber("static-no-ip", Map.of("type", "STATIC"))),
                400, "VALIDATION_FAILED", "staticIp");
    }

    @Test
    void aMalformedAddressIsRefused() {
        expectRefused(() -> api.post("/api/v1/subscribers",
                subscriber("static-bad-ip", Map.of("type", "STATIC", "staticIp", "10.0.0.300"))), 400, "VALIDATION_FAILED", "staticIp");
    }

    @Test
    void aRouterNameThatCannotBeANasShortNameIsRefused() {
        expectRefused(() -> api.post("/api/v1/routers", Map.of("name", "core router #1")), 400, "VALIDATION_FAILED", "name");
    }

    @Test
    void aPackageUpdateWithMalformedJsonIsRefused() {
        expectRefused(() -> api.putRaw("/api/v1/packages/" + packageId, "{\"name\": "), 400, "VALIDATION_FAILED", "body");
    }

    @Test
    void aPackageUpdateWithAWrongTypeIsRefusedWithItsField() {
        expectRefused(() -> api.put("/api/v1/packages/" + packageId,
                Map.of("name", "Basic", "downloadKbps", 4000, "uploadKbps", 1000, "deviceLimit", "two")),
                400, "VALIDATION_FAILED", "deviceLimit");
    }

    @Test
    void aPackageUpdateWithoutARateIsRefusedWithItsField() {
        expectRefused(() -> api.put("/api/v1/packages/" + packageId, Map.of("name", "Basic", "downloadKbps", 4000)),
                400, "VALIDATION_FAILED", "uploadKbps");
    }

    @Test
    void aPackageUpdateWithAValueOutOfRangeIsRefused() {
        expectRefused(() -> api.put("/api/v1/packages/" + packageId,
                Map.of("name", "Basic", "downloadKbps", 4000, "uploadKbps", 1000, "validityDays", 0)),
                400, "VALIDATION_FAILED", "validityDays");
    }

    @Test
    void aPackageIdThatIsNoUuidIsRefused() {
        expectRefused(() -> api.post("/api/v1/packages/basic/retire", Map.of()), 400, "VALIDATION_FAILED", "id");
    }

    @Test
    void anUnknownPackageCannotBeUpdatedOrRetired() {
        String unknown = UUID.randomUUID().toString();
        expectRefused(() -> api.put("/api/v1/packages/" + unknown,
                Map.of("name", "Basic", "downloadKbps", 4000, "uploadKbps", 1000)), 404, "NOT_FOUND", null);
        expectRefused(() -> api.post("/api/v1/packages/" + unknown + "/retire", Map.of()), 404, "NOT_FOUND", null);
    }

    @Test
    void aRouterIdCannotBeUpdatedAsAPackage() {
        String router = api.post("/api/v1/routers", Map.of("name", "not-a-package")).id();
        expectRefused(() -> api.post("/api/v1/packages/" + router + "/retire", Map.of()), 404, "NOT_FOUND", null);
    }

    @Test
    void anotherTenantsPackageLooksUnknown() {
        Api other = OtherTenant.signIn(port, appDatabase, passwords);
        expectRefused(() -> other.put("/api/v1/packages/" + packageId,
                Map.of("name", "Mine now", "downloadKbps", 4000, "uploadKbps", 1000)), 404, "NOT_FOUND", null);
        expectRefused(() -> other.post("/api/v1/packages/" + packageId + "/retire", Map.of()), 404, "NOT_FOUND", null);
    }

    @Test
    void aRouterUpdateWithMalformedJsonIsRefused() {
        String router = api.post("/api/v1/routers", Map.of("name", "bad-json")).id();
        expectRefused(() -> api.putRaw("/api/v1/routers/" + router, "[1, 2"), 400, "VALIDATION_FAILED", "body");
    }

    @Test
    void aRouterUpdateWithoutANameWithAWrongTypeOrALongSiteIsRefused() {
        String router = api.post("/api/v1/routers", Map.of("name", "bad-update")).id();
        expectRefused(() -> api.put("/api/v1/routers/" + router, Map.of("site", "Main street")),
                400, "VALIDATION_FAILED", "name");
        expectRefused(() -> api.put("/api/v1/routers/" + router, Map.of("name", "bad-update", "site", "x".repeat(101))),
                400, "VALIDATION_FAILED", "site");
        expectRefused(() -> api.put("/api/v1/routers/" + router, Map.of("name", List.of("bad-update"))),
                400, "VALIDATION_FAILED", "name");
    }

    @Test
    void anUnknownRouterTakesNoCommandAndHasNoSetupScript() {
        String unknown = UUID.randomUUID().toString();
        expectRefused(() -> api.put("/api/v1/routers/" + unknown, Map.of("name", "ghost")), 404, "NOT_FOUND", null);
        expectRefused(() -> api.post("/api/v1/routers/" + unknown + "/rotate-secret", Map.of()), 404, "NOT_FOUND", null);
        expectRefused(() -> api.post("/api/v1/routers/" + unknown + "/decommission", Map.of()), 404, "NOT_FOUND", null);
        expectRefused(() -> api.get("/api/v1/routers/" + unknown + "/setup-script"), 404, "NOT_FOUND", null);
        expectRefused(() -> api.get("/api/v1/routers/" + packageId + "/setup-script"), 404, "NOT_FOUND", null);
    }

    @Test
    void anotherTenantsRouterLooksUnknown() {
        String router = api.post("/api/v1/routers", Map.of("name", "not-yours")).id();
        Api other = OtherTenant.signIn(port, appDatabase, passwords);
        expectRefused(() -> other.put("/api/v1/routers/" + router, Map.of("name", "mine")), 404, "NOT_FOUND", null);
        expectRefused(() -> other.post("/api/v1/routers/" + router + "/rotate-secret", Map.of()), 404, "NOT_FOUND", null);
        expectRefused(() -> other.post("/api/v1/routers/" + router + "/decommission", Map.of()), 404, "NOT_FOUND", null);
        Api.Answer script = other.get("/api/v1/routers/" + router + "/setup-script");
        assertThat(script.status()).isEqualTo(404);
        assertThat(script.text()).doesNotContain("secret=");
    }

    private Map<String, Object> subscriber(String username, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", "secret-123",
                "type", "HOTSPOT", "packageId", packageId));
        body.putAll(overrides);
        return body;
    }

    private void expectRefused(java.util.function.Supplier<Api.Answer> call, int status, String code, String field) {
        long eventsBefore = events();
        Api.Answer answer = call.get();
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().get("requestId").asString()).isNotBlank();
        if (field != null) {
            assertThat(answer.body().get("errors").findValuesAsString("field")).contains(field);
        }
        assertThat(events()).isEqualTo(eventsBefore);
    }

    private long events() {
        return RequestEvents.count(appDatabase);
    }
}
