package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value the databases cannot hold (a price beyond NUMERIC(12, 2), a NUL, which PostgreSQL refuses in
 * text) would stop a projector for every tenant once stored: such values, other control characters and
 * huge text are refused at the door with the field at fault, and no event is stored.
 */
@ApiTest
class StorageLimitsTest {

    static {
        ApiTest.Databases.prepare();
    }

    private static final String MEGABYTE = "x".repeat(1_000_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api api;
    Refusals refusals;
    String packageId;
    String subscriber;
    String router;

    @BeforeEach
    void aPackageASubscriberAndARouter() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        refusals = new Refusals(appDatabase);
        packageId = api.post("/api/v1/packages", Map.of("name", "Limits", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        subscriber = "/api/v1/subscribers/" + api.post("/api/v1/subscribers", subscriberBody(Map.of())).id();
        router = "/api/v1/routers/" + api.post("/api/v1/routers", Map.of("name", "limits-" + suffix())).id();
    }

    @Test
    void aPriceBeyondTheReadModelsColumnIsRefused() {
        refusals.expect(() -> api.postRaw("/api/v1/packages",
                "{\"name\":\"Gold\",\"downloadKbps\":1000,\"uploadKbps\":1000,\"price\":1e400}"), 400, "VALIDATION_FAILED", "price");
        refusals.expect(() -> api.post("/api/v1/packages", packageBody("price", 10_000_000_000L)), 400, "VALIDATION_FAILED", "price");
    }

    @Test
    void aPriceInFractionsOfACentIsRefusedButTheLargestPriceIsTaken() {
        refusals.expect(() -> api.postRaw("/api/v1/packages",
                "{\"name\":\"Gold\",\"downloadKbps\":1000,\"uploadKbps\":1000,\"price\":9.999}"), 400, "VALIDATION_FAILED", "price");

        assertThat(api.postRaw("/api/v1/packages",
                "{\"name\":\"Gold\",\"downloadKbps\":1000,\"uploadKbps\":1000,\"price\":9999999999.990}").status()).isEqualTo(201);
    }

    @Test
    void aValidityLongerThanTenYearsIsRefused() {
        refusals.expect(() -> api.post("/api/v1/packages", packageBody("validityDays", 3661)), 400, "VALIDATION_FAILED", "validityDays");
        refusals.expect(() -> api.put("/api/v1/packages/" + packageId, packageBody("validityDays", 1_000_000_000)),
                400, "VALIDATION_FAILED", "validityDays");
    }

    @Test
    void controlCharactersInAPackageNameAreRefused() {
        refusals.expect(() -> api.post("/api/v1/packages", packageBody("name", "Gold\u0000")), 400, "VALIDATION_FAILED", "name");
        refusals.expect(() -> api.put("/api/v1/packages/" + packageId, packageBody("name", "Gold\nPlus")), 400, "VALIDATION_FAILED", "name");
    }

    @Test
    void controlCharactersInARoutersSiteOrDescriptionAreRefused() {
        refusals.expect(() -> api.post("/api/v1/routers", Map.of("name", "core-nul", "site", "Main\u0000street")),
                400, "VALIDATION_FAILED", "site");
        refusals.expect(() -> api.put(router, Map.of("name", "core-esc", "description", "\u001b[31mred")),
                400, "VALIDATION_FAILED", "description");
        refusals.expect(() -> api.put(router, Map.of("name", "core-tab", "site", "Main\tstreet")),
                400, "VALIDATION_FAILED", "site");
    }

    @Test
    void aDescriptionOrAnAddressMayHoldLineBreaks() {
        assertThat(api.put(router, Map.of("name", "core-lines", "description", "rack 4\r\nshelf 2\tleft")).status()).isEqualTo(200);
        assertThat(api.put(subscriber + "/contact", Map.of("address", "1 Lake Road\nLakeside")).status()).isEqualTo(200);
    }

    @Test
    void controlCharactersInContactDetailsAreRefused() {
        refusals.expect(() -> api.post("/api/v1/subscribers", subscriberBody(Map.of("fullName", "Ann\u0000Lee"))),
                400, "VALIDATION_FAILED", "fullName");
        refusals.expect(() -> api.put(subscriber + "/contact", Map.of("email", "ann\u0000@lake.example")),
                400, "VALIDATION_FAILED", "email");
        refusals.expect(() -> api.put(subscriber + "/contact", Map.of("address", "1 Lake Road\u0007")),
                400, "VALIDATION_FAILED", "address");
        refusals.expect(() -> api.putRaw(subscriber + "/contact", "{\"fullName\":\"Ann \\ud800Lee\"}"),
                400, "VALIDATION_FAILED", "fullName");
    }

    @Test
    void aNulInASuspensionReasonIsRefused() {
        refusals.expect(() -> api.post(subscriber + "/suspend", Map.of("reason", "unpaid\u0000")), 400, "VALIDATION_FAILED", "reason");
    }

    @Test
    void aNulInATenantsNameOrSuspensionReasonIsRefused() {
        Api platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        String slug = "limits-" + suffix();
        refusals.expect(() -> platform.post("/api/v1/tenants", Map.of("name", "Lake\u0000side", "slug", slug,
                "accountPrefix", "LKS", "ownerUsername", slug + "-owner", "ownerPassword", "lakeside-password")),
                400, "VALIDATION_FAILED", "name");
        String tenant = platform.post("/api/v1/tenants", Map.of("name", "Lakeside", "slug", slug,
                "accountPrefix", "LKS", "ownerUsername", slug + "-owner", "ownerPassword", "lakeside-password")).id();
        refusals.expect(() -> platform.post("/api/v1/tenants/" + tenant + "/suspend", Map.of("reason", "fee\u0000")),
                400, "VALIDATION_FAILED", "reason");
    }

    @Test
    void aMegabyteInAnyTextFieldIsRefused() {
        refusals.expect(() -> api.post("/api/v1/packages", packageBody("name", MEGABYTE)), 400, "VALIDATION_FAILED", "name");
        refusals.expect(() -> api.post("/api/v1/packages", packageBody("addressPool", MEGABYTE)), 400, "VALIDATION_FAILED", "addressPool");
        refusals.expect(() -> api.post("/api/v1/routers", Map.of("name", MEGABYTE)), 400, "VALIDATION_FAILED", "name");
        refusals.expect(() -> api.put(router, Map.of("name", "core-big", "site", MEGABYTE)), 400, "VALIDATION_FAILED", "site");
        refusals.expect(() -> api.put(router, Map.of("name", "core-big", "description", MEGABYTE)),
                400, "VALIDATION_FAILED", "description");
        for (String field : new String[] {"username", "password", "staticIp", "fullName", "phone", "email", "address"}) {
            refusals.expect(() -> api.post("/api/v1/subscribers", subscriberBody(Map.of(field, MEGABYTE))),
                    400, "VALIDATION_FAILED", field);
        }
        refusals.expect(() -> api.post(subscriber + "/suspend", Map.of("reason", MEGABYTE)), 400, "VALIDATION_FAILED", "reason");
        refusals.expect(() -> api.post(subscriber + "/change-password", Map.of("password", MEGABYTE)),
                400, "VALIDATION_FAILED", "password");
        refusals.expect(() -> api.put(subscriber + "/static-ip", Map.of("ip", MEGABYTE)), 400, "VALIDATION_FAILED", "ip");
        refusals.expect(() -> api.post("/api/v1/operators", Map.of("username", MEGABYTE, "password", "operator-password",
                "role", "ADMIN")), 400, "VALIDATION_FAILED", "username");
        refusals.expect(() -> api.post("/api/v1/operators", Map.of("username", "big-" + suffix(), "password", MEGABYTE,
                "role", "ADMIN")), 400, "VALIDATION_FAILED", "password");
    }

    private Map<String, Object> packageBody(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Gold", "downloadKbps", 1000, "uploadKbps", 1000));
        body.put(field, value);
        return body;
    }

    private Map<String, Object> subscriberBody(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("username", "limits-" + suffix(), "password", "secret-123",
                "type", "PPPOE", "packageId", packageId));
        body.putAll(overrides);
        return body;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
