package io.ispflow.server.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;

import java.util.Map;
import java.util.UUID;

/**
 * An ISP of its own for each test, created by the platform administrator as in production (so its name is in the
 * read model), its OWNER signed in, with a package to issue vouchers for.
 */
record VoucherIsp(TenantId tenant, String name, Api owner, String packageId, int port) {

    static final String PASSWORD = "voucher-isp-password";

    static VoucherIsp create(int port, String name, String packageName) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        Api.Answer tenant = platform.post("/api/v1/tenants", Map.of("name", name + " " + tag, "slug", "vouchers-" + tag,
                "accountPrefix", "VCH", "ownerUsername", "voucher-owner-" + tag, "ownerPassword", PASSWORD));
        Api owner = new Api(port).login("voucher-owner-" + tag, PASSWORD);
        String pkg = owner.post("/api/v1/packages", Map.of("name", packageName, "downloadKbps", 4000, "uploadKbps", 1000)).id();
        return new VoucherIsp(TenantId.of(UUID.fromString(tenant.id())), name + " " + tag, owner, pkg, port);
    }

    /** An operator of this ISP with {@code role}, signed in. */
    Api operator(String role) {
        String username = "voucher-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        owner.post("/api/v1/operators", Map.of("username", username, "password", PASSWORD, "role", role));
        return new Api(port).login(username, PASSWORD);
    }
}
