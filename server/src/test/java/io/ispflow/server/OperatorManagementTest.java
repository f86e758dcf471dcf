package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant's OWNER manages its operators; every change is an event, and credential changes end sessions. */
@ApiTest
class OperatorManagementTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api owner;
    String username;
    String operatorId;

    @BeforeEach
    void anOperator() {
        owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        operatorId = owner.post("/api/v1/operators", Map.of("username", username, "password", "first-password",
                "role", "OPERATOR")).id();
    }

    @Test
    void aNewOperatorSignsInWithTheirRole() {
        Api clerk = new Api(port).login(username, "first-password");

        assertThat(clerk.get("/api/v1/subscribers").status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/operators").body().valueStream().map(op -> op.get("username").asString()))
                .contains(username);
    }

    @Test
    void aNewPasswordEndsTheOperatorsSessions() {
        Api clerk = new Api(port).login(username, "first-password");

        assertThat(owner.put("/api/v1/operators/" + operatorId + "/password", Map.of("password", "second-password")).status())
                .isEqualTo(200);

        assertThat(clerk.get("/api/v1/subscribers").status()).isEqualTo(401);
        assertThat(new Api(port).post("/api/v1/auth/login", Map.of("username", username, "password", "first-password")).status())
                .isEqualTo(401);
        assertThat(new Api(port).login(username, "second-password").get("/api/v1/subscribers").status()).isEqualTo(200);
    }

    @Test
    void aNewRoleEndsTheOperatorsSessionsAndTakesEffect() {
        Api clerk = new Api(port).login(username, "first-password");
        assertThat(clerk.post("/api/v1/packages", Map.of("name", "Not mine", "downloadKbps", 1, "uploadKbps", 1)).status())
                .isEqualTo(403);

        owner.put("/api/v1/operators/" + operatorId + "/role", Map.of("role", "ADMIN"));

        assertThat(clerk.get("/api/v1/subscribers").status()).isEqualTo(401);
        Api promoted = new Api(port).login(username, "first-password");
        assertThat(promoted.post("/api/v1/packages", Map.of("name", "Now mine", "downloadKbps", 1, "uploadKbps", 1)).status())
                .isEqualTo(201);
    }

    @Test
    void aRemovedOperatorCannotSignIn() {
        owner.delete("/api/v1/operators/" + operatorId);

        assertThat(new Api(port).post("/api/v1/auth/login", Map.of("username", username, "password", "first-password")).status())
                .isEqualTo(401);
    }

    @Test
    void operatorChangesAreEventsThatNeverHoldThePassword() {
        owner.put("/api/v1/operators/" + operatorId + "/role", Map.of("role", "AUDITOR"));
        owner.put("/api/v1/operators/" + operatorId + "/password", Map.of("password", "second-password"));
        owner.delete("/api/v1/operators/" + operatorId);

        List<String> events = appDatabase.queryForList("SELECT payload_type FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, operatorId);
        String payloads = String.join("", appDatabase.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, operatorId));
        assertThat(events).extracting(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("OperatorCreated", "OperatorRoleChanged", "OperatorPasswordChanged", "OperatorRemoved");
        assertThat(payloads).doesNotContain("first-password", "second-password").contains("$argon2id$");
    }

    @Test
    void aTakenUsernameIsRefused() {
        Api.Answer again = owner.post("/api/v1/operators", Map.of("username", username, "password", "other-password",
                "role", "READONLY"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("OPERATOR_USERNAME_TAKEN");
    }

    @Test
    void aShortPasswordOrAPlatformRoleIsRefused() {
        assertThat(owner.post("/api/v1/operators", Map.of("username", "short-" + username, "password", "short",
                "role", "READONLY")).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(owner.post("/api/v1/operators", Map.of("username", "plat-" + username, "password", "long-enough-1",
                "role", "PLATFORM_ADMIN")).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anotherTenantsOwnerCannotTouchTheOperator() {
        Api stranger = new Api(port).login("platform-admin", "platform-test-password");
        String slug = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        stranger.post("/api/v1/tenants", Map.of("name", "Ops Test ISP", "slug", slug, "accountPrefix", "OPS",
                "ownerUsername", slug + "-owner", "ownerPassword", "their-owner-password"));
        Api theirOwner = new Api(port).login(slug + "-owner", "their-owner-password");

        Api.Answer answer = theirOwner.put("/api/v1/operators/" + operatorId + "/role", Map.of("role", "READONLY"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(theirOwner.get("/api/v1/operators").body().valueStream().map(op -> op.get("username").asString()))
                .doesNotContain(username);
    }
}
