package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform administrator brings ISPs onto the installation, and suspends and reactivates them. */
@ApiTest
class PlatformTenantsTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    io.ispflow.radius.RadiusDatabase radius;

    Api platform;
    String slug;
    String tenantId;

    @BeforeEach
    void aNewIsp() {
        platform = new Api(port).login("platform-admin", "platform-test-password");
        slug = "isp-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer created = platform.post("/api/v1/tenants", Map.of("name", "Lakeside Wireless", "slug", slug,
                "accountPrefix", "LKW", "ownerUsername", slug + "-owner", "ownerPassword", "lakeside-password"));
        assertThat(created.status()).isEqualTo(201);
        tenantId = created.id();
    }

    @Test
    void thePlatformAdministratorCannotSuspendTheirOwnTenantAndLockThemselvesOut() {
        String own = platform.get("/api/v1/tenants").body().valueStream()
                .filter(tenant -> tenant.get("slug").asString().equals("platform")).findFirst().orElseThrow().get("id").asString();

        assertThat(platform.post("/api/v1/tenants/" + own + "/suspend", Map.of("reason", "by mistake")).code())
                .isEqualTo("FORBIDDEN");
        assertThat(new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD).get("/api/v1/tenants").status())
                .isEqualTo(200);
    }

    @Test
    void aTenantWhoseOwnerCannotBeCreatedIsNotCreatedEither() {
        String otherSlug = "isp-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> tenant = Map.of("name", "Hillside Fibre", "slug", otherSlug, "accountPrefix", "HSF",
                "ownerUsername", slug + "-owner", "ownerPassword", "hillside-password");

        Api.Answer refused = platform.post("/api/v1/tenants", tenant);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asString()).isEqualTo("OPERATOR_USERNAME_TAKEN");
        assertThat(platform.get("/api/v1/tenants").body().valueStream().map(t -> t.get("slug").asString()))
                .doesNotContain(otherSlug);
        Map<String, String> withFreeOwner = new HashMap<>(tenant);
        withFreeOwner.put("ownerUsername", otherSlug + "-owner");
        assertThat(platform.post("/api/v1/tenants", withFreeOwner).status()).isEqualTo(201);
    }

    @Test
    void aNewTenantsOwnerSignsUpSubscribersUnderItsOwnPrefix() {
        Api owner = new Api(port).login(slug + "-owner", "lakeside-password");
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Lake 10", "downloadKbps", 10000, "uploadKbps", 2000)).id();

        Api.Answer subscriber = owner.post("/api/v1/subscribers", Map.of("username", slug + "-first", "password", "secret-123",
                "type", "HOTSPOT", "packageId", pkg));

        assertThat(subscriber.body().get("accountNumber").asString()).startsWith("LKW");
        assertThat(platform.get("/api/v1/tenants").body().valueStream().map(t -> t.get("slug").asString())).contains(slug);
    }

    @Test
    void aSuspendedTenantsOperatorsCannotActButItsSubscribersKeepTheirRadiusRows() {
        Api owner = new Api(port).login(slug + "-owner", "lakeside-password");
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Lake 20", "downloadKbps", 20000, "uploadKbps", 2000)).id();
        String username = slug + "-kept";
        owner.post("/api/v1/subscribers", Map.of("username", username, "password", "secret-123", "type", "HOTSPOT", "packageId", pkg));

        assertThat(platform.post("/api/v1/tenants/" + tenantId + "/suspend", Map.of("reason", "unpaid platform fee")).status())
                .isEqualTo(200);

        assertThat(owner.get("/api/v1/packages").status()).isEqualTo(401);
        Api.Answer signIn = new Api(port).post("/api/v1/auth/login", Map.of("username", slug + "-owner", "password", "lakeside-password"));
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(Eventually.value(() -> radius.jdbcTemplate().queryForObject(
                "SELECT count(*) FROM radcheck WHERE username = ?", Long.class, username), count -> count > 0, Duration.ofSeconds(10)))
                .isPositive();

        platform.post("/api/v1/tenants/" + tenantId + "/reactivate", Map.of());
        assertThat(new Api(port).login(slug + "-owner", "lakeside-password").get("/api/v1/packages").status()).isEqualTo(200);
    }

    @Test
    void aTenantKeepsAnOwner() {
        Api owner = new Api(port).login(slug + "-owner", "lakeside-password");
        String ownerId = owner.get("/api/v1/operators").body().get(0).get("id").asString();

        Api.Answer alone = owner.delete("/api/v1/operators/" + ownerId);
        assertThat(alone.status()).isEqualTo(409);
        assertThat(alone.code()).isEqualTo("LAST_OWNER");

        owner.post("/api/v1/operators", Map.of("username", slug + "-second", "password", "second-owner-1", "role", "OWNER"));
        assertThat(owner.put("/api/v1/operators/" + ownerId + "/role", Map.of("role", "ADMIN")).status()).isEqualTo(200);
    }

    @Test
    void aSlugIsTakenOnce() {
        Api.Answer again = platform.post("/api/v1/tenants", Map.of("name", "Copycat", "slug", slug,
                "accountPrefix", "CPY", "ownerUsername", slug + "-copy", "ownerPassword", "copycat-password"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("SLUG_TAKEN");
    }
}
