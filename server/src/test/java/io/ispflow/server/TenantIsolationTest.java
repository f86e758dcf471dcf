package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Another ISP's operators find none of this ISP's packages, routers or subscribers, and change nothing. */
@ApiTest
class TenantIsolationTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    Api owner;
    Api stranger;
    String pkg;
    String subscriber;
    String router;

    @BeforeEach
    void twoIsps() {
        owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        stranger = OtherTenant.signIn(port, appDatabase, passwords);
        pkg = owner.post("/api/v1/packages", Map.of("name", "Mine", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        router = owner.post("/api/v1/routers", Map.of("name", "mine-1")).id();
        subscriber = owner.post("/api/v1/subscribers", Map.of("username", "mine-" + System.nanoTime(),
                "password", "secret-123", "type", "HOTSPOT", "packageId", pkg)).id();
    }

    @Test
    void anotherTenantReadsNothing() {
        expectNotFound(api -> api.get("/api/v1/packages/" + pkg));
        expectNotFound(api -> api.get("/api/v1/routers/" + router));
        expectNotFound(api -> api.get("/api/v1/subscribers/" + subscriber));
        assertThat(stranger.get("/api/v1/subscribers").body().get("items").findValuesAsString("id")).doesNotContain(subscriber);
    }

    @Test
    void anotherTenantChangesNoSubscriber() {
        String path = "/api/v1/subscribers/" + subscriber;
        expectNotFound(api -> api.post(path + "/suspend", Map.of("reason", "hostile")));
        expectNotFound(api -> api.post(path + "/reactivate", Map.of()));
        expectNotFound(api -> api.post(path + "/change-password", Map.of("password", "hijacked-1")));
        expectNotFound(api -> api.post(path + "/renew", Map.of("days", 30)));
        expectNotFound(api -> api.put(path + "/static-ip", Map.of("ip", "198.51.100.200")));
        expectNotFound(api -> api.delete(path + "/static-ip"));
        expectNotFound(api -> api.put(path + "/contact", Map.of("fullName", "Mallory")));
        expectNotFound(api -> api.delete(path));
        expectNotFound(api -> api.post(path + "/forget", Map.of()));
        assertThat(appDatabase.queryForObject("SELECT count(*) FROM subject_key WHERE subject_id = ?::uuid "
                + "AND forgotten_at IS NULL", Long.class, subscriber)).isEqualTo(1);
    }

    @Test
    void anotherTenantsPackageCannotBeChosen() {
        String theirs = stranger.post("/api/v1/packages", Map.of("name", "Theirs", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        long before = events();

        Api.Answer answer = owner.post("/api/v1/subscribers/" + subscriber + "/change-package", Map.of("packageId", theirs));

        assertThat(answer.code()).isEqualTo("PACKAGE_NOT_FOUND");
        assertThat(events()).isEqualTo(before);
    }

    private void expectNotFound(Function<Api, Api.Answer> call) {
        long before = events();
        Api.Answer answer = call.apply(stranger);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return RequestEvents.count(appDatabase);
    }
}
