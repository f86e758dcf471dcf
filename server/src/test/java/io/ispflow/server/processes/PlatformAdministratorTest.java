package io.ispflow.server.processes;

import io.ispflow.server.Api;
import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment gets its platform administrator, {@code platform-admin}, from the environment as
 * README says: with {@code ISPFLOW_PLATFORM_ADMIN_PASSWORD}, or with a password the log shows once
 * when it is not set. Either way they sign in and manage the tenants.
 */
class PlatformAdministratorTest {

    private static final Pattern GENERATED = Pattern.compile(
            "Created operator 'platform-admin' \\(PLATFORM_ADMIN of tenant 'platform'\\) with the generated password (\\S+) - it is shown only this once");

    @Test
    void ispflowPlatformAdminPasswordCreatesThePlatformAdministrator() {
        Map<String, String> environment = environment("_platform_variable");
        environment.put("ISPFLOW_PLATFORM_ADMIN_PASSWORD", "chosen-platform-password");

        try (ServerProcess server = ServerProcess.deployed("platform-admin-variable", environment).start()) {
            assertManagesTenants(server, server.api("platform-admin", "chosen-platform-password"));
            assertThat(server.output()).doesNotContain("chosen-platform-password");
        }
    }

    @Test
    void withoutTheVariableThePlatformAdministratorsPasswordIsGeneratedAndShownOnce() {
        try (ServerProcess server = ServerProcess.deployed("platform-admin-generated", environment("_platform_generated")).start()) {
            Matcher shown = GENERATED.matcher(server.output());
            String password = null;
            while (shown.find()) {
                password = shown.group(1);
            }

            assertThat(password).isNotNull();
            assertManagesTenants(server, server.api("platform-admin", password));
        }
    }

    private static void assertManagesTenants(ServerProcess server, Api platform) {
        String slug = "env-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer created = platform.post("/api/v1/tenants", Map.of("name", "Riverside Net", "slug", slug,
                "accountPrefix", "RSN", "ownerUsername", slug + "-owner", "ownerPassword", "riverside-password"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(platform.get("/api/v1/tenants").body().valueStream().map(tenant -> tenant.get("slug").asString()))
                .contains(slug);
        server.api(slug + "-owner", "riverside-password");

        assertThat(platform.post("/api/v1/tenants/" + created.id() + "/suspend", Map.of("reason", "test")).status())
                .isEqualTo(200);
        assertThat(server.api().post("/api/v1/auth/login", Map.of("username", slug + "-owner",
                "password", "riverside-password")).code()).isEqualTo("FORBIDDEN");
    }

    /** Fresh databases and the variables a deployment on them needs; no platform administrator's password. */
    private static Map<String, String> environment(String suffix) {
        String appUrl = TestDatabases.freshPostgres(TestDatabases.PREFIX + suffix);
        String radiusUrl = TestDatabases.freshPostgres(TestDatabases.PREFIX + suffix + "_radius");
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        return new HashMap<>(Map.of("ISPFLOW_DB_URL", appUrl, "ISPFLOW_DB_USER", TestDatabases.PG_USER,
                "ISPFLOW_DB_PASSWORD", TestDatabases.PG_PASSWORD, "ISPFLOW_RADIUS_DB_URL", radiusUrl,
                "ISPFLOW_RADIUS_DB_USER", TestDatabases.PG_USER, "ISPFLOW_RADIUS_DB_PASSWORD", TestDatabases.PG_PASSWORD,
                "ISPFLOW_MASTER_KEY", Base64.getEncoder().encodeToString(masterKey)));
    }
}
