package io.ispflow.server;

import io.ispflow.radius.RadiusDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton end to end, as the admin app and FreeRADIUS see it: sign in, create a
 * package, a router and a subscriber over HTTP, read them back with X-Min-Position, and find the
 * rows FreeRADIUS will read.
 */
abstract class WalkingSkeletonScenario {

    static final String ADMIN_PASSWORD = "admin-test-password";

    @LocalServerPort
    int port;

    @Autowired
    RadiusDatabase radius;

    @Test
    void anOperatorSignsUpASubscriberAndFreeRadiusGetsItsRows() {
        Api api = new Api(port).login("admin", ADMIN_PASSWORD);

        Api.Answer pkg = api.post("/api/v1/packages", Map.of(
                "name", "Home 20", "downloadKbps", 20000, "uploadKbps", 5000, "deviceLimit", 2, "validityDays", 30));
        assertThat(pkg.status()).isEqualTo(201);
        JsonNode pkgView = api.get("/api/v1/packages/" + pkg.id(), pkg.position()).body();
        assertThat(pkgView.get("name").asString()).isEqualTo("Home 20");
        assertThat(pkgView.get("downloadKbps").asInt()).isEqualTo(20000);
        assertThat(pkgView.get("status").asString()).isEqualTo("ACTIVE");

        Api.Answer router = api.post("/api/v1/routers", Map.of("name", "core-1", "site", "Main street POP"));
        assertThat(router.status()).isEqualTo(201);
        assertThat(router.body().get("tunnelAddress").asString()).isEqualTo("10.100.0.2");
        JsonNode routerView = api.get("/api/v1/routers/" + router.id(), router.position()).body();
        assertThat(routerView.get("tunnelAddress").asString()).isEqualTo("10.100.0.2");
        assertThat(routerView.has("secret")).isFalse();
        assertThat(routerView.has("radiusSecret")).isFalse();

        Api.Answer alice = api.post("/api/v1/subscribers", Map.of("username", "Alice.M", "password", "correct-horse",
                "type", "PPPOE", "packageId", pkg.id(), "fullName", "Alice Mwangi", "phone", "+254 700 000001"));
        assertThat(alice.status()).isEqualTo(201);
        assertThat(alice.body().get("accountNumber").asString()).matches("ISP\\d{7}");
        JsonNode aliceView = api.get("/api/v1/subscribers/" + alice.id(), alice.position()).body();
        assertThat(aliceView.get("username").asString()).isEqualTo("alice.m");
        assertThat(aliceView.get("packageName").asString()).isEqualTo("Home 20");
        assertThat(aliceView.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(aliceView.has("password")).isFalse();

        JsonNode subscribers = api.get("/api/v1/subscribers?page=0&size=10", alice.position()).body();
        assertThat(subscribers.get("total").asLong()).isEqualTo(1);
        assertThat(subscribers.get("items").get(0).get("id").asString()).isEqualTo(alice.id());

        String group = "pkg-" + pkg.id();
        assertThat(rows("SELECT attribute, op, value FROM radcheck WHERE username = 'alice.m' AND attribute = 'Cleartext-Password'"))
                .containsExactly(Map.of("attribute", "Cleartext-Password", "op", ":=", "value", "correct-horse"));
        assertThat(rows("SELECT groupname, priority FROM radusergroup WHERE username = 'alice.m'"))
                .containsExactly(Map.of("groupname", group, "priority", 1));
        assertThat(rows("SELECT attribute, op, value FROM radgroupreply WHERE groupname = '" + group + "'"))
                .containsExactly(Map.of("attribute", "Mikrotik-Rate-Limit", "op", "=", "value", "5M/20M"));
        assertThat(rows("SELECT attribute, op, value FROM radgroupcheck WHERE groupname = '" + group + "'"))
                .containsExactly(Map.of("attribute", "Simultaneous-Use", "op", ":=", "value", "2"));
        assertThat(rows("SELECT nasname, shortname FROM nas"))
                .containsExactly(Map.of("nasname", "10.100.0.2", "shortname", "core-1"));
        assertThat(rows("SELECT secret FROM nas").get(0).get("secret").toString()).matches("[A-Za-z0-9]{24}");
    }

    /** The RADIUS projector has its own processor, so its rows are waited for, not read at once. */
    List<Map<String, Object>> rows(String sql) {
        return Eventually.value(() -> radius.jdbcTemplate().queryForList(sql).stream()
                                            .map(row -> normalised(row)).toList(),
                found -> !found.isEmpty(), Duration.ofSeconds(10));
    }

    private static Map<String, Object> normalised(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.forEach((column, value) -> copy.put(column, value instanceof Number n ? n.intValue() : value));
        return Map.copyOf(copy);
    }
}
