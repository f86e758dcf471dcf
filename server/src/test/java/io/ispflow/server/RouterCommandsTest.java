package io.ispflow.server;

import io.ispflow.radius.RadiusDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators update routers, rotate their secrets and decommission them over HTTP; the router list,
 * the nas table and the setup script follow. Other tests register routers too, so no test assumes
 * which addresses are free, only that each new router gets the lowest one.
 */
@ApiTest
class RouterCommandsTest {

    static {
        ApiTest.Databases.prepare();
    }

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
    void aDecommissionedRoutersAddressGoesToTheNextRouter() {
        Api.Answer first = register("reuse-1");
        Api.Answer second = register("reuse-2");
        Api.Answer third = register("reuse-3");
        assertThat(List.of(address(first), address(second), address(third))).doesNotHaveDuplicates();
        assertThat(bits(address(first))).isLessThan(bits(address(second)));
        assertThat(bits(address(second))).isLessThan(bits(address(third)));

        api.post("/api/v1/routers/" + second.id() + "/decommission", Map.of());

        assertThat(address(register("reuse-4"))).isEqualTo(address(second));
    }

    @Test
    void anUpdateReachesTheRouterListAndItsNasRow() {
        Api.Answer router = register("edge-1");

        Api.Answer updated = api.put("/api/v1/routers/" + router.id(),
                Map.of("name", "edge-1b", "site", "Station road", "description", "hAP ax3"));

        assertThat(updated.status()).isEqualTo(200);
        JsonNode view = api.getCaughtUp("/api/v1/routers/" + router.id(), updated.position()).body();
        assertThat(view.get("name").asString()).isEqualTo("edge-1b");
        assertThat(view.get("site").asString()).isEqualTo("Station road");
        assertThat(view.get("updatedAt").asString()).isNotEqualTo(view.get("createdAt").asString());
        assertThat(nas(router, "shortname, description", rows -> rows.contains("edge-1b hAP ax3")))
                .containsExactly("edge-1b hAP ax3");
    }

    @Test
    void anUpdateWithTheSameDetailsAppendsNoEvent() {
        Api.Answer router = register("edge-2");

        Api.Answer again = api.put("/api/v1/routers/" + router.id(), Map.of("name", "edge-2", "site", "Main street POP"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(router.position());
        assertThat(eventsOf(router.id())).isEqualTo(1);
    }

    @Test
    void aRotatedSecretReplacesTheOldOneInTheNasRowAndTheSetupScript() {
        Api.Answer router = register("edge-3");
        String oldSecret = secretIn(setupScript(router));

        Api.Answer rotated = api.post("/api/v1/routers/" + router.id() + "/rotate-secret", Map.of());

        assertThat(rotated.status()).isEqualTo(200);
        String newSecret = secretIn(setupScript(router));
        assertThat(newSecret).matches("[A-Za-z0-9]{24}").isNotEqualTo(oldSecret);
        assertThat(nas(router, "secret", rows -> rows.contains(newSecret))).containsExactly(newSecret);
        for (String read : List.of("/api/v1/routers/" + router.id(), "/api/v1/routers?size=500")) {
            Api.Answer answer = api.getCaughtUp(read, rotated.position());
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).contains(router.id()).doesNotContain(newSecret).doesNotContain(oldSecret);
        }
    }

    @Test
    void theSetupScriptJoinsTheTunnelAndMakesTheRouterARadiusClient() {
        Api.Answer router = register("edge-4");

        Api.Answer script = api.get("/api/v1/routers/" + router.id() + "/setup-script");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/plain");
        String tunnelAddress = address(router);
        assertThat(script.text())
                .contains("public-key=\"" + ApiTest.WIREGUARD_PUBLIC_KEY + "\" endpoint-address=vpn.isp.example "
                        + "endpoint-port=51820 allowed-address=10.100.0.1/32")
                .contains("/ip address add address=" + tunnelAddress + "/16 interface=\"ispflow\"")
                .contains("/radius add address=10.100.0.1 secret=")
                .contains("service=ppp,hotspot authentication-port=11812 accounting-port=11813 src-address=" + tunnelAddress + " ")
                .contains("/radius incoming set accept=yes port=13799")
                .contains("/ppp aaa set use-radius=yes accounting=yes interim-update=5m");
        assertThat(nas(router, "secret", rows -> !rows.isEmpty())).containsExactly(secretIn(script));
    }

    @Test
    void aDecommissionedRouterIsListedAsSuchAndLeavesNoNasRow() {
        Api.Answer router = register("edge-5");
        nas(router, "nasname", rows -> !rows.isEmpty());

        Api.Answer decommissioned = api.post("/api/v1/routers/" + router.id() + "/decommission", Map.of());

        assertThat(decommissioned.status()).isEqualTo(200);
        assertThat(api.getCaughtUp("/api/v1/routers/" + router.id(), decommissioned.position()).body().get("status").asString())
                .isEqualTo("DECOMMISSIONED");
        assertThat(nas(router, "nasname", List::isEmpty)).isEmpty();
    }

    @Test
    void aDecommissionedRouterRefusesCommandsAndItsSetupScript() {
        Api.Answer router = register("edge-6");
        long decommissionedAt = api.post("/api/v1/routers/" + router.id() + "/decommission", Map.of()).position();

        assertThat(api.put("/api/v1/routers/" + router.id(), Map.of("name", "edge-6b")).code())
                .isEqualTo("ROUTER_DECOMMISSIONED");
        assertThat(api.post("/api/v1/routers/" + router.id() + "/rotate-secret", Map.of()).code())
                .isEqualTo("ROUTER_DECOMMISSIONED");
        Api.Answer script = api.get("/api/v1/routers/" + router.id() + "/setup-script");
        assertThat(script.status()).isEqualTo(409);
        assertThat(script.code()).isEqualTo("ROUTER_DECOMMISSIONED");
        Api.Answer again = api.post("/api/v1/routers/" + router.id() + "/decommission", Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(decommissionedAt);
        assertThat(eventsOf(router.id())).isEqualTo(2);
    }

    private Api.Answer register(String name) {
        Api.Answer answer = api.post("/api/v1/routers", Map.of("name", name, "site", "Main street POP"));
        assertThat(answer.status()).isEqualTo(201);
        return answer;
    }

    private static String address(Api.Answer registered) {
        return registered.body().get("tunnelAddress").asString();
    }

    private static long bits(String address) {
        long bits = 0;
        for (String octet : address.split("\\.")) {
            bits = bits << 8 | Long.parseLong(octet);
        }
        return bits;
    }

    private Api.Answer setupScript(Api.Answer router) {
        return api.get("/api/v1/routers/" + router.id() + "/setup-script");
    }

    private static String secretIn(Api.Answer script) {
        return script.text().replaceAll("(?s).*/radius add [^\\n]* secret=([A-Za-z0-9]+) .*", "$1");
    }

    private List<String> nas(Api.Answer router, String columns, java.util.function.Predicate<List<String>> done) {
        return RadiusRows.once(radius, "SELECT " + columns + " FROM nas WHERE nasname = '" + address(router) + "'", done);
    }

    private long eventsOf(String aggregateId) {
        return appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }
}
