package io.ispflow.server.vpn;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import io.ispflow.server.OtherTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VPN servers over HTTP, as their agents and the admin app speak: agent keys made, listed and revoked; the first
 * heartbeat registers a server, later ones update it; silence makes it DOWN (1 s here) and a heartbeat UP again;
 * longer silence (4 s here) forgets it unless static; filters; other tenants' servers are not found.
 */
@ApiTest
class VpnServersTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    Api owner;
    String key;

    @BeforeEach
    void signIn() {
        owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        key = newKey(owner);
    }

    String newKey(Api api) {
        Api.Answer made = api.post("/api/v1/vpn-servers/agent-keys", Map.of());
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        return made.body().get("key").asString();
    }

    VpnAgent agent(String apiKey) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new VpnAgent(new Api(port), apiKey, "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    JsonNode serverAt(String ip) {
        for (JsonNode server : owner.get("/api/v1/vpn-servers?size=500").body().get("items")) {
            if (server.get("ip").asString().equals(ip)) {
                return server;
            }
        }
        return null;
    }

    @Test
    void aKeyIsShownOnceListedWithoutItAndStoredOnlyAsItsDigest() {
        Api.Answer made = owner.post("/api/v1/vpn-servers/agent-keys", Map.of());
        String id = made.id();
        String made_key = made.body().get("key").asString();
        assertThat(made_key).matches("[A-Za-z0-9]{40}");

        Api.Answer listed = owner.get("/api/v1/vpn-servers/agent-keys");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.text()).contains(id).doesNotContain(made_key);
        assertThat(appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%" + made_key + "%")).isZero();

        assertThat(owner.post("/api/v1/vpn-servers/agent-keys/" + id + "/revoke", Map.of()).status()).isEqualTo(200);
        JsonNode revoked = null;
        for (JsonNode item : owner.get("/api/v1/vpn-servers/agent-keys").body().get("items")) {
            if (item.get("id").asString().equals(id)) {
                revoked = item;
            }
        }
        assertThat(revoked).isNotNull();
        assertThat(revoked.get("revokedAt").isNull()).isFalse();
    }

    @Test
    void theFirstHeartbeatRegistersTheServerAndLaterOnesUpdateIt() {
        VpnAgent agent = agent(key);
        Api.Answer first = agent.beat("vpn-fra-1", "DE", List.of(VpnAgent.service("wireguard", true)));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("status").asString()).isEqualTo("ok");
        JsonNode registered = serverAt(agent.ip());
        assertThat(registered.get("hostname").asString()).isEqualTo("vpn-fra-1");
        assertThat(registered.get("status").asString()).isEqualTo("UP");
        assertThat(registered.get("city").asString()).isEqualTo("Frankfurt am Main");
        assertThat(registered.get("flags").get("enabled").asBoolean()).isTrue();
        assertThat(registered.get("flags").get("static").asBoolean()).isFalse();

        assertThat(agent.beat("vpn-fra-1b", "DE", List.of(VpnAgent.service("wireguard", false))).status()).isEqualTo(200);
        JsonNode updated = owner.get("/api/v1/vpn-servers/" + registered.get("id").asString()).body();
        assertThat(updated.get("hostname").asString()).isEqualTo("vpn-fra-1b");
        assertThat(updated.get("services").get(0).get("active").asBoolean()).isFalse();
        assertThat(updated.get("firstHeartbeatAt").asString()).isEqualTo(registered.get("firstHeartbeatAt").asString());
        assertThat(registeredEvents(registered.get("id").asString())).isEqualTo(1);
    }

    @Test
    void concurrentFirstHeartbeatsRegisterOneServer() {
        VpnAgent agent = agent(key);
        List<CompletableFuture<Api.Answer>> beats = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(agent::beat)).toList();
        assertThat(beats.stream().map(CompletableFuture::join).map(Api.Answer::status)).containsOnly(200);
        String id = serverAt(agent.ip()).get("id").asString();
        assertThat(appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%VpnServerRegistered' "
                + "AND convert_from(payload, 'UTF8') LIKE ?", Long.class, "%\"" + agent.ip() + "\"%")).isEqualTo(1);
        assertThat(registeredEvents(id)).isEqualTo(1);
    }

    @Test
    void aSilentServerGoesDownAndItsNextHeartbeatBringsItUp() {
        VpnAgent agent = agent(key);
        agent.beat();
        String id = serverAt(agent.ip()).get("id").asString();
        Eventually.value(() -> owner.get("/api/v1/vpn-servers/" + id).body().get("status").asString(), "DOWN"::equals, PATIENCE);
        assertThat(owner.get("/api/v1/vpn-servers?status=DOWN&size=500").text()).contains(id);

        agent.beat();
        assertThat(owner.get("/api/v1/vpn-servers/" + id).body().get("status").asString()).isEqualTo("UP");
        assertThat(eventsOf(id)).containsSubsequence("VpnServerRegistered", "VpnServerWentDown", "VpnServerCameUp");
        assertThat(eventsOf(id).stream().filter("VpnServerWentDown"::equals)).hasSize(1);
    }

    @Test
    void aServerSilentPastTheRetentionIsForgottenUnlessStatic() {
        VpnAgent forgettable = agent(key);
        VpnAgent pinned = agent(key);
        pinned.beat();
        forgettable.beat();
        String pinnedId = serverAt(pinned.ip()).get("id").asString();
        String forgettableId = serverAt(forgettable.ip()).get("id").asString();
        Api.Answer patched = owner.patch("/api/v1/vpn-servers/" + pinnedId,
                Map.of("flags", Map.of("enabled", true, "static", true, "tags", List.of("primary"))));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);

        Eventually.value(() -> eventsOf(forgettableId), events -> events.contains("VpnServerRemoved"), PATIENCE);
        assertThat(owner.get("/api/v1/vpn-servers/" + forgettableId).status()).isEqualTo(404);
        JsonNode kept = owner.get("/api/v1/vpn-servers/" + pinnedId).body();
        assertThat(kept.get("status").asString()).isEqualTo("DOWN");
        assertThat(kept.get("flags").get("tags").get(0).asString()).isEqualTo("primary");

        forgettable.beat();
        assertThat(serverAt(forgettable.ip()).get("id").asString()).isNotEqualTo(forgettableId);
    }

    @Test
    void aRevokedOrUnknownKeyIsRefusedAndStoresNothing() {
        VpnAgent agent = agent(key);
        String keyId = owner.get("/api/v1/vpn-servers/agent-keys").body().get("items").get(0).get("id").asString();
        owner.post("/api/v1/vpn-servers/agent-keys/" + keyId + "/revoke", Map.of());
        for (String wrong : new String[] {key, "A".repeat(40), "short", null}) {
            Api.Answer refused = agent.send(wrong, "{}");
            assertThat(refused.status()).as(refused.text()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("AUTH_INVALID");
        }
        assertThat(agent.beat().status()).isEqualTo(401);
        assertThat(serverAt(agent.ip())).isNull();
    }

    @Test
    void aHostileBodyIsRefusedWithACodeAndStoresNothing() {
        VpnAgent agent = agent(key);
        List<Map<String, Object>> bodies = new ArrayList<>();
        bodies.add(Map.of("ip", "not-an-ip"));
        Map<String, Object> valid = VpnAgent.report(agent.ip(), "vpn-x", "DE", List.of());
        bodies.add(with(valid, "ip", "example.com"));
        bodies.add(with(valid, "hostname", "vpn x; rm -rf /"));
        bodies.add(with(valid, "countryCode", "Germany"));
        bodies.add(with(valid, "city", "a".repeat(65)));
        bodies.add(with(valid, "load", Map.of("cpu", 101, "ram", 1, "net", 1)));
        bodies.add(with(valid, "load", Map.of("cpu", 1, "ram", -1, "net", 1)));
        bodies.add(with(valid, "services", List.of(Map.of("name", "wg\"}]", "active", true))));
        bodies.add(with(valid, "services", IntStream.range(0, 33).mapToObj(i -> VpnAgent.service("s" + i, true)).toList()));
        for (Map<String, Object> body : bodies) {
            Api.Answer refused = agent.send(key, tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body));
            assertThat(refused.status()).as(body + " " + refused.text()).isEqualTo(400);
            assertThat(refused.code()).as(refused.text()).isNotBlank();
        }
        assertThat(serverAt(agent.ip())).isNull();
    }

    @Test
    void heartbeatsBeyondWhatATimerSendsAreRateLimited() {
        VpnAgent agent = agent(key);
        List<Integer> statuses = IntStream.range(0, 8).mapToObj(i -> agent.beat().status()).toList();
        assertThat(statuses).startsWith(200, 200, 200, 200, 200, 200).endsWith(429);
    }

    @Test
    void theListFiltersByStatusCountryAndService() {
        VpnAgent german = agent(key);
        VpnAgent french = agent(key);
        german.beat("vpn-de", "DE", List.of(VpnAgent.service("openvpn", true)));
        french.beat("vpn-fr", "FR", List.of(VpnAgent.service("openvpn", false), VpnAgent.service("wireguard", true)));
        String germanId = serverAt(german.ip()).get("id").asString();
        String frenchId = serverAt(french.ip()).get("id").asString();

        String inFrance = owner.get("/api/v1/vpn-servers?countryCode=FR&size=500").text();
        assertThat(inFrance).contains(frenchId).doesNotContain(germanId);
        String runningOpenVpn = owner.get("/api/v1/vpn-servers?service=openvpn&size=500").text();
        assertThat(runningOpenVpn).contains(germanId).doesNotContain(frenchId);
        Api.Answer page = owner.get("/api/v1/vpn-servers?status=UP&size=1");
        assertThat(page.body().get("size").asInt()).isEqualTo(1);
        assertThat(page.body().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(owner.get("/api/v1/vpn-servers?status=SIDEWAYS").status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/vpn-servers?countryCode=france").status()).isEqualTo(400);
    }

    @Test
    void anotherTenantsServersAndKeysAreNotFound() {
        VpnAgent agent = agent(key);
        agent.beat();
        String id = serverAt(agent.ip()).get("id").asString();
        String keyId = owner.get("/api/v1/vpn-servers/agent-keys").body().get("items").get(0).get("id").asString();
        Api other = OtherTenant.signIn(port, appDatabase, passwords);

        assertThat(other.get("/api/v1/vpn-servers/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/vpn-servers?size=500").text()).doesNotContain(id);
        assertThat(other.patch("/api/v1/vpn-servers/" + id, Map.of("flags", Map.of("enabled", false, "static", true, "tags", List.of())))
                .status()).isEqualTo(404);
        assertThat(other.patch("/api/v1/vpn-servers/" + id, Map.of()).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/vpn-servers/agent-keys/" + keyId + "/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/vpn-servers/agent-keys").text()).doesNotContain(keyId);

        // the other tenant's own key registers its own server at the same address
        VpnAgent theirs = new VpnAgent(new Api(port), newKey(other), agent.ip());
        assertThat(theirs.beat().status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/vpn-servers/" + id).body().get("flags").get("static").asBoolean()).isFalse();
    }

    @Test
    void wireGuardSettingsAreCheckedAndShown() {
        VpnAgent agent = agent(key);
        agent.beat();
        String id = serverAt(agent.ip()).get("id").asString();
        assertThat(owner.patch("/api/v1/vpn-servers/" + id, Map.of("wireguardEndpoint", "vpn.example:99999")).status()).isEqualTo(400);
        assertThat(owner.patch("/api/v1/vpn-servers/" + id, Map.of("wireguardEndpoint", "vpn.example:51820\n/system reset")).status())
                .isEqualTo(400);
        assertThat(owner.patch("/api/v1/vpn-servers/" + id, Map.of("publicKey", "not a key")).status()).isEqualTo(400);
        assertThat(owner.patch("/api/v1/vpn-servers/" + id, Map.of("flags", Map.of("enabled", true, "static", false,
                "tags", List.of("bad tag")))).status()).isEqualTo(400);

        Api.Answer set = owner.patch("/api/v1/vpn-servers/" + id, Map.of("wireguardEndpoint", "vpn-fra.isp.example:51820",
                "publicKey", ApiTest.WIREGUARD_PUBLIC_KEY));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        JsonNode shown = owner.get("/api/v1/vpn-servers/" + id).body();
        assertThat(shown.get("wireguardEndpoint").asString()).isEqualTo("vpn-fra.isp.example:51820");
        assertThat(shown.get("publicKey").asString()).isEqualTo(ApiTest.WIREGUARD_PUBLIC_KEY);
        assertThat(eventsOf(id)).contains("VpnServerWireGuardConfigured");
    }

    @Test
    void aRoutersSetupScriptCanSendItsTunnelToOneOfTheTenantsVpnServers() {
        VpnAgent agent = agent(key);
        agent.beat();
        String id = serverAt(agent.ip()).get("id").asString();
        owner.patch("/api/v1/vpn-servers/" + id, Map.of("flags", Map.of("enabled", true, "static", true, "tags", List.of())));
        String router = owner.post("/api/v1/routers", Map.of("name", "vpn-router-" + agent.ip().replace('.', '-'))).id();
        String script = "/api/v1/routers/" + router + "/setup-script?vpnServerId=";

        Api.Answer unset = owner.get(script + id);
        assertThat(unset.status()).isEqualTo(409);
        assertThat(unset.code()).isEqualTo("VPN_SERVER_WIREGUARD_NOT_SET");
        assertThat(owner.get(script + java.util.UUID.randomUUID()).status()).isEqualTo(404);

        String otherKey = "gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=";
        owner.patch("/api/v1/vpn-servers/" + id, Map.of("wireguardEndpoint", "vpn-fra.isp.example:51999", "publicKey", otherKey));
        String toVpnServer = owner.get(script + id).text();
        assertThat(toVpnServer).contains("public-key=\"" + otherKey + "\" endpoint-address=vpn-fra.isp.example endpoint-port=51999");
        String toDefault = owner.get("/api/v1/routers/" + router + "/setup-script").text();
        assertThat(toDefault).contains("public-key=\"" + ApiTest.WIREGUARD_PUBLIC_KEY + "\"").doesNotContain(otherKey);

        Api other = OtherTenant.signIn(port, appDatabase, passwords);
        String theirRouter = other.post("/api/v1/routers", Map.of("name", "their-router-" + agent.ip().replace('.', '-'))).id();
        assertThat(other.get("/api/v1/routers/" + theirRouter + "/setup-script?vpnServerId=" + id).status()).isEqualTo(404);
    }

    @Test
    void anAgentKeyReadsItsTenantsWireGuardPeersOnly() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String ours = owner.post("/api/v1/routers", Map.of("name", "peer-ours-" + suffix)).id();
        assertThat(owner.put("/api/v1/routers/" + ours + "/wireguard-key", Map.of("publicKey", freshWireGuardKey())).status())
                .isEqualTo(200);
        Api other = OtherTenant.signIn(port, appDatabase, passwords);
        String theirs = other.post("/api/v1/routers", Map.of("name", "peer-theirs-" + suffix)).id();
        assertThat(other.put("/api/v1/routers/" + theirs + "/wireguard-key", Map.of("publicKey", freshWireGuardKey())).status())
                .isEqualTo(200);
        Eventually.value(() -> platformAdmin().get("/api/v1/wireguard/peers").text(), text -> text.contains(theirs), PATIENCE);

        Api agent = new Api(port);
        String peers = Eventually.value(() -> agent.exchange("/api/v1/wireguard/peers", request -> request
                        .header("X-API-Key", key).GET()).text(),
                text -> text.contains(ours), PATIENCE);
        assertThat(peers).doesNotContain(theirs);
        Api.Answer wrong = agent.exchange("/api/v1/wireguard/peers", request -> request.header("X-API-Key", "B".repeat(40)).GET());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("AUTH_INVALID");
        assertThat(agent.get("/api/v1/wireguard/peers").status()).isEqualTo(401);
        assertThat(owner.get("/api/v1/wireguard/peers").status()).isEqualTo(403);
    }

    @Test
    void theDashboardCountsServersUpAndDown() {
        VpnAgent agent = agent(key);
        JsonNode before = owner.get("/api/v1/dashboard").body();
        agent.beat();
        JsonNode after = owner.get("/api/v1/dashboard").body();
        assertThat(after.get("vpnServersUp").asLong() + after.get("vpnServersDown").asLong())
                .isEqualTo(before.get("vpnServersUp").asLong() + before.get("vpnServersDown").asLong() + 1);
    }

    private Api platformAdmin() {
        return new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
    }

    private static String freshWireGuardKey() {
        byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private long registeredEvents(String id) {
        return eventsOf(id).stream().filter("VpnServerRegistered"::equals).count();
    }

    private List<String> eventsOf(String id) {
        return appDatabase.queryForList("""
                SELECT substring(payload_type from '[^.]+$') FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, id);
    }
}
