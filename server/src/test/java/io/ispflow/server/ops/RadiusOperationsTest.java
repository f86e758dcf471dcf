package io.ispflow.server.ops;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.rebuild.RebuildJob;
import io.ispflow.radius.rebuild.RebuildJobs;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import io.ispflow.server.RadiusRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform administrator checks the RADIUS tables for drift and rebuilds them over HTTP; no tenant's operator may. */
@ApiTest
class RadiusOperationsTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    RadiusDatabase radius;

    @Autowired
    RebuildJobs rebuilds;

    @Test
    void driftNamesHandEditsWithoutSecretsAndARebuildRemovesThem() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        Api api = platform();
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Ops 10", "downloadKbps", 10000, "uploadKbps", 2000)).id();
        owner.post("/api/v1/subscribers", Map.of("username", "ops-olga", "password", "olga-secret", "type", "PPPOE",
                "packageId", pkg));
        RadiusRows.once(radius, "SELECT username FROM radcheck WHERE username = 'ops-olga'", rows -> !rows.isEmpty());
        assertThat(differences(api)).isEmpty();
        radius.jdbcTemplate().update("UPDATE radcheck SET value = 'hand-set' WHERE username = 'ops-olga'");
        radius.jdbcTemplate().update("INSERT INTO radreply (username, attribute, op, value) "
                + "VALUES ('ops-olga', 'Framed-IP-Address', ':=', '192.0.2.9')");

        assertThat(differences(api)).extracting(JsonNode::toString).containsExactlyInAnyOrder(
                "{\"table\":\"radcheck\",\"key\":\"ops-olga\",\"attribute\":\"Cleartext-Password\",\"expected\":\"(secret)\",\"actual\":\"(differs)\"}",
                "{\"table\":\"radreply\",\"key\":\"ops-olga\",\"attribute\":\"Framed-IP-Address\",\"expected\":null,\"actual\":\":= 192.0.2.9\"}");

        Api.Answer started = api.post("/api/v1/ops/radius/rebuild", Map.of());
        assertThat(started.status()).isEqualTo(202);
        JsonNode job = Eventually.value(() -> api.get("/api/v1/ops/radius/rebuild/" + started.body().get("jobId").asString()).body(),
                status -> !status.get("state").asString().equals("RUNNING"), Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("processed").asLong()).isPositive();
        assertThat(job.get("finishedAt").asString()).isNotBlank();
        assertThat(differences(api)).isEmpty();
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThat(platform().get("/api/v1/ops/radius/rebuild/" + UUID.randomUUID()).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aTenantsOwnerCannotSeeOrRebuildTheTablesEveryTenantShares() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        Optional<UUID> latest = rebuilds.latest().map(RebuildJob::id);

        assertThat(owner.get("/api/v1/ops/radius/drift").code()).isEqualTo("FORBIDDEN");
        assertThat(owner.post("/api/v1/ops/radius/rebuild", Map.of()).code()).isEqualTo("FORBIDDEN");
        assertThat(owner.get("/api/v1/ops/projections").code()).isEqualTo("FORBIDDEN");
        assertThat(rebuilds.latest().map(RebuildJob::id)).isEqualTo(latest);
    }

    @Test
    void operationsNeedASignedInOperator() {
        Api anonymous = new Api(port);

        assertThat(anonymous.post("/api/v1/ops/radius/rebuild", Map.of()).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/ops/radius/drift").status()).isEqualTo(401);
    }

    private Api platform() {
        return new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
    }

    private static List<JsonNode> differences(Api api) {
        Api.Answer drift = api.get("/api/v1/ops/radius/drift");
        assertThat(drift.status()).as("%s", drift).isEqualTo(200);
        assertThat(drift.body().get("checkedAt").asString()).isNotBlank();
        return drift.body().get("differences").valueStream().toList();
    }
}
