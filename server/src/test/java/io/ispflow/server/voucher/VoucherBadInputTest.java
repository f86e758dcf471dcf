package io.ispflow.server.voucher;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Refusals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Every voucher command refuses bad input with a problem+json, and appends no event. */
@ApiTest
class VoucherBadInputTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Refusals refusals;
    Api api;
    String pkg;
    String pkgWithoutValidity;

    @BeforeEach
    void packages() {
        refusals = new Refusals(appDatabase);
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        pkg = api.post("/api/v1/packages", Map.of("name", "Week pass " + System.nanoTime(), "downloadKbps", 2000,
                "uploadKbps", 1000, "validityDays", 7)).id();
        pkgWithoutValidity = api.post("/api/v1/packages", Map.of("name", "Open-ended " + System.nanoTime(),
                "downloadKbps", 2000, "uploadKbps", 1000)).id();
    }

    @Test
    void noVoucherOrMoreThanTenThousandIsRefused() {
        refusals.expect(batch(pkg, "count", 0), 400, "VALIDATION_FAILED", "count");
        refusals.expect(batch(pkg, "count", 10_001), 400, "VALIDATION_FAILED", "count");
        refusals.expect(batch(pkg, "count", 4_294_967_297L), 400, "VALIDATION_FAILED", "count");
    }

    @Test
    void aPackageWithoutValidityNeedsTheBatchsHours() {
        refusals.expect(batch(pkgWithoutValidity), 400, "VALIDATION_FAILED", "validityHours");
        refusals.expect(batch(pkg, "validityHours", 0), 400, "VALIDATION_FAILED", "validityHours");
    }

    @Test
    void anUnknownPackageIsRefused() {
        refusals.expect(batch(UUID.randomUUID().toString()), 422, "PACKAGE_NOT_FOUND", null);
    }

    @Test
    void codesOutsideTheirBoundsAreRefused() {
        refusals.expect(batch(pkg, "codeLength", 5), 400, "VALIDATION_FAILED", "codeLength");
        refusals.expect(batch(pkg, "codeLength", 17), 400, "VALIDATION_FAILED", "codeLength");
        refusals.expect(batch(pkg, "prefix", "shop-1"), 400, "VALIDATION_FAILED", "prefix");
        refusals.expect(batch(pkg, "prefix", "o0il1"), 400, "VALIDATION_FAILED", "prefix");
    }

    @Test
    void aPriceOrADateThatCannotBeIsRefused() {
        refusals.expect(batch(pkg, "price", -1), 400, "VALIDATION_FAILED", "price");
        refusals.expect(batch(pkg, "usableUntil", "2020-01-01T00:00:00Z"), 400, "VALIDATION_FAILED", "usableUntil");
    }

    @Test
    void aRevocationNeedsAReason() {
        String batch = api.post("/api/v1/voucher-batches", Map.of("packageId", pkg, "count", 1)).id();
        refusals.expect(() -> api.post("/api/v1/voucher-batches/" + batch + "/revoke", Map.of("reason", "")), 400,
                "VALIDATION_FAILED", "reason");
        refusals.expect(() -> api.post("/api/v1/voucher-batches/" + UUID.randomUUID() + "/revoke", Map.of("reason", "x")), 404,
                "NOT_FOUND", null);
    }

    private Supplier<Api.Answer> batch(String packageId, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("packageId", packageId, "count", 5));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return () -> api.post("/api/v1/voucher-batches", body);
    }
}
