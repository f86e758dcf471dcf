package io.ispflow.server;

import io.ispflow.radius.rebuild.RebuildJob;
import io.ispflow.radius.rebuild.RebuildJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's authentication bypass, replayed: Spring routes {@code /api;/v1/...} and
 * {@code /%61pi/v1/...} to the API, so a path is answered only in its canonical form, and no
 * request without a token reaches an endpoint that is not public.
 */
@ApiTest
class CanonicalPathTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    RebuildJobs rebuilds;

    @Test
    void aTenantCannotBeCreatedWithoutATokenThroughAPathParameter() {
        String slug = "bypass-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Answer answer = new Api(port).post("/api;/v1/tenants", Map.of("name", "Intruder ISP", "slug", slug,
                "accountPrefix", "INT", "ownerUsername", slug + "-owner", "ownerPassword", "intruder-password"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("PATH_NOT_CANONICAL");
        assertThat(platform().get("/api/v1/tenants").body().valueStream().map(t -> t.get("slug").asString()))
                .doesNotContain(slug);
        assertThat(new Api(port).post("/api/v1/auth/login", Map.of("username", slug + "-owner",
                "password", "intruder-password")).status()).isEqualTo(401);
    }

    @Test
    void aTenantCannotBeSuspendedWithoutATokenThroughAnEncodedLetter() {
        String slug = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        String tenant = platform().post("/api/v1/tenants", Map.of("name", "Victim ISP", "slug", slug, "accountPrefix", "VIC",
                "ownerUsername", slug + "-owner", "ownerPassword", "victim-password")).id();

        Api.Answer answer = new Api(port).post("/%61pi/v1/tenants/" + tenant + "/suspend", Map.of("reason", "bypass"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("PATH_NOT_CANONICAL");
        assertThat(platform().get("/api/v1/tenants").body().valueStream()
                .filter(t -> t.get("id").asString().equals(tenant)).map(t -> t.get("status").asString()))
                .containsExactly("ACTIVE");
    }

    @Test
    void radiusOperationsCannotBeRunWithoutAToken() {
        Optional<UUID> before = rebuilds.latest().map(RebuildJob::id);

        Api.Answer rebuild = new Api(port).post("/api;/v1/ops/radius/rebuild", Map.of());
        Api.Answer drift = new Api(port).get("/api;/v1/ops/radius/drift");
        Api.Answer encodedDrift = new Api(port).get("/%61pi/v1/ops/radius/drift");

        assertThat(rebuild.status()).isEqualTo(400);
        assertThat(drift.status()).isEqualTo(400);
        assertThat(encodedDrift.status()).isEqualTo(400);
        assertThat(rebuilds.latest().map(RebuildJob::id)).isEqualTo(before);
    }

    @Test
    void everyNonCanonicalFormOfAnApiPathIsRefusedBeforeRouting() {
        String[] tricks = {"/api;/v1/tenants", "/api/v1;x=1/tenants", "/api/v1/tenants;", "/%61pi/v1/tenants",
                "/api/v1/%74enants", "//api/v1/tenants", "/api//v1/tenants", "/api/v1/./tenants", "/api/v1/x/../tenants",
                "/api/v1/%2e/tenants", "/api/v1/x/%2e%2e/tenants", "/api/%2e%2e/actuator/prometheus",
                "/api/..;/actuator/prometheus", "/api/v1/tenants%3b", "/api%2fv1/tenants", "/api%5cv1/tenants",
                "/api\\v1\\tenants", "/api/v1/tenants%00", "/api/v1/tenants%252f"};
        for (String path : tricks) {
            assertThat(RawHttp.status(port, "GET", path)).as(path).isEqualTo(400);
            assertThat(RawHttp.status(port, "POST", path)).as(path).isEqualTo(400);
        }
    }

    @Test
    void otherSpellingsOfAnApiPathAreNotRoutedAndNeedATokenAnyway() {
        for (String path : new String[] {"/API/v1/tenants", "/Api/v1/tenants", "/api/V1/tenants", "/api/v1/tenants/"}) {
            int status = new Api(port).post(path, Map.of()).status();
            assertThat(status).as(path).isIn(401, 404);
        }
    }

    @Test
    void withoutATokenNoEndpointButThePublicOnesAnswers() {
        assertThat(new Api(port).get("/api/v1/tenants").status()).isEqualTo(401);
        assertThat(new Api(port).get("/api/v1/ops/radius/drift").status()).isEqualTo(401);
        assertThat(new Api(port).get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(new Api(port).post("/api/v1/auth/login", Map.of("username", "nobody", "password", "nothing")).code())
                .isEqualTo("AUTH_INVALID");
    }

    private Api platform() {
        return new Api(port).login("platform-admin", "platform-test-password");
    }
}
