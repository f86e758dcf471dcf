package io.ispflow.server;

import io.ispflow.radius.RadiusDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators change and retire packages over HTTP; subscribers and FreeRADIUS follow. */
@ApiTest
class PackageCommandsTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Map<String, Object> HOME_20 = Map.of("name", "Home 20", "downloadKbps", 20000, "uploadKbps", 5000,
            "deviceLimit", 2, "validityDays", 30);
    static final Map<String, Object> HOME_50 = Map.of("name", "Home 50", "downloadKbps", 50000, "uploadKbps", 10000,
            "validityDays", 30, "addressPool", "home-pool", "price", 40);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    RadiusDatabase radius;

    Api api;

    @BeforeEach
    void signIn() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
    }

    @Test
    void anUpdateReachesThePackageListItsSubscribersAndItsRadiusGroup() {
        String pkg = api.post("/api/v1/packages", HOME_20).id();
        String subscriber = api.post("/api/v1/subscribers", subscriberOn(pkg)).id();

        Api.Answer updated = api.put("/api/v1/packages/" + pkg, HOME_50);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.id()).isEqualTo(pkg);
        JsonNode view = api.getCaughtUp("/api/v1/packages/" + pkg, updated.position()).body();
        assertThat(view.get("name").asString()).isEqualTo("Home 50");
        assertThat(view.get("downloadKbps").asInt()).isEqualTo(50000);
        assertThat(view.get("deviceLimit").isNull()).isTrue();
        assertThat(view.get("addressPool").asString()).isEqualTo("home-pool");
        assertThat(view.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.getCaughtUp("/api/v1/subscribers/" + subscriber, updated.position()).body().get("packageName").asString())
                .isEqualTo("Home 50");
        assertThat(RadiusRows.once(radius, "SELECT attribute, value FROM radgroupreply WHERE groupname = 'pkg-" + pkg + "'",
                rows -> rows.size() == 2))
                .containsExactlyInAnyOrder("Mikrotik-Rate-Limit 10M/50M", "Framed-Pool home-pool");
        assertThat(RadiusRows.once(radius, "SELECT attribute FROM radgroupcheck WHERE groupname = 'pkg-" + pkg + "'", List::isEmpty))
                .isEmpty();
    }

    @Test
    void anUpdateWithTheSameTermsAppendsNoEventAndAnswersTheSamePosition() {
        Api.Answer created = api.post("/api/v1/packages", HOME_20);

        Api.Answer again = api.put("/api/v1/packages/" + created.id(), HOME_20);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(created.position());
        assertThat(eventsOf(created.id())).isEqualTo(1);
    }

    @Test
    void aRetiredPackageIsListedAsRetiredAndTakesNoNewSubscribers() {
        String pkg = api.post("/api/v1/packages", HOME_20).id();

        Api.Answer retired = api.post("/api/v1/packages/" + pkg + "/retire", Map.of());

        assertThat(retired.status()).isEqualTo(200);
        assertThat(api.getCaughtUp("/api/v1/packages/" + pkg, retired.position()).body().get("status").asString())
                .isEqualTo("RETIRED");
        Api.Answer refused = api.post("/api/v1/subscribers", subscriberOn(pkg));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("PACKAGE_RETIRED");
    }

    @Test
    void retiringTwiceAppendsNoEvent() {
        String pkg = api.post("/api/v1/packages", HOME_20).id();
        long retiredAt = api.post("/api/v1/packages/" + pkg + "/retire", Map.of()).position();

        Api.Answer again = api.post("/api/v1/packages/" + pkg + "/retire", Map.of());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(retiredAt);
        assertThat(eventsOf(pkg)).isEqualTo(2);
    }

    @Test
    void aRetiredPackageStillTakesNewTermsForItsSubscribers() {
        String pkg = api.post("/api/v1/packages", HOME_20).id();
        api.post("/api/v1/packages/" + pkg + "/retire", Map.of());

        Api.Answer updated = api.put("/api/v1/packages/" + pkg, HOME_50);

        assertThat(updated.status()).isEqualTo(200);
        JsonNode view = api.getCaughtUp("/api/v1/packages/" + pkg, updated.position()).body();
        assertThat(view.get("name").asString()).isEqualTo("Home 50");
        assertThat(view.get("status").asString()).isEqualTo("RETIRED");
    }

    private Map<String, Object> subscriberOn(String pkg) {
        Map<String, Object> body = new HashMap<>(Map.of("password", "secret-123", "type", "HOTSPOT", "packageId", pkg));
        body.put("username", "pkg-" + UUID.randomUUID().toString().substring(0, 8));
        return body;
    }

    private long eventsOf(String aggregateId) {
        return appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }
}
