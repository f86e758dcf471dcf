package io.ispflow.server.wireguard;

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

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A router's WireGuard key over HTTP: sent by the router as its setup script's fetch line sends it, or
 * entered by an operator; shown with the router; listed in the peers the WireGuard server reads, which
 * a real {@code wg} takes; gone from them once the router is decommissioned.
 */
@ApiTest
class RouterWireGuardKeysTest {

    static {
        ApiTest.Databases.prepare();
    }

    /** The script's fetch: the URL, the header fields, and the body around the key. */
    static final Pattern FETCH = Pattern.compile("/tool fetch url=\"https://ispflow\\.isp\\.example(/[^\"]+)\" http-method=post "
            + "http-header-field=\"([^\"]+)\" http-data=\\(\"(.*)\" \\. \\$key \\. \"(.*)\"\\) ");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    Api owner;
    Api platformAdmin;

    @BeforeEach
    void signIn() {
        owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        platformAdmin = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
    }

    @Test
    void theKeyTheScriptSendsReachesTheRouterAndThePeersAWireGuardServerReads() throws Exception {
        Api.Answer router = register("wg-edge-1");
        String key = WireGuardInterface.publicKey();

        Api.Answer sent = asTheScriptSends(setupScript(router), key);

        assertThat(sent.status()).isEqualTo(204);
        assertThat(keyShownFor(router, key)).isEqualTo(key);
        String peers = peers();
        assertThat(peers).containsPattern("\\[Peer]\n# router wg-edge-1-\\w{4} \\(" + router.id() + "\\)\n")
                .contains("(" + router.id() + ")\nPublicKey = " + key
                + "\nAllowedIPs = " + router.body().get("tunnelAddress").asString() + "/32\n");
        try (WireGuardInterface server = WireGuardInterface.start()) {
            Path configuration = Files.createTempFile("peers", ".conf");
            Files.writeString(configuration, "[Interface]\nPrivateKey = " + WireGuardInterface.privateKey() + "\n" + peers);
            server.syncconf(configuration);
            assertThat(server.showconf()).contains("[Peer]\nPublicKey = " + key + "\nAllowedIPs = "
                    + router.body().get("tunnelAddress").asString() + "/32");
            Files.delete(configuration);
        }
    }

    @Test
    void anOperatorEntersTheKeyAndTheRouterShowsIt() {
        Api.Answer router = register("wg-edge-2");
        String key = WireGuardInterface.randomKey();

        Api.Answer entered = owner.put("/api/v1/routers/" + router.id() + "/wireguard-key", Map.of("publicKey", key));

        assertThat(entered.status()).isEqualTo(200);
        assertThat(entered.id()).isEqualTo(router.id());
        assertThat(owner.getCaughtUp("/api/v1/routers/" + router.id(), entered.position()).body().get("wireguardPublicKey").asString())
                .isEqualTo(key);
        Api.Answer again = owner.put("/api/v1/routers/" + router.id() + "/wireguard-key", Map.of("publicKey", key));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(entered.position());
    }

    @Test
    void aNewRouterHasNoKeyAndNoPeer() {
        Api.Answer router = register("wg-edge-3");

        assertThat(owner.getCaughtUp("/api/v1/routers/" + router.id(), router.position()).body().get("wireguardPublicKey").isNull()).isTrue();
        assertThat(peers()).doesNotContain(router.id());
    }

    @Test
    void aKeyAnotherRouterHasIsRefusedEvenAcrossTenants() {
        String key = WireGuardInterface.randomKey();
        Api.Answer first = register("wg-edge-4");
        owner.put("/api/v1/routers/" + first.id() + "/wireguard-key", Map.of("publicKey", key));
        Api other = OtherTenant.signIn(port, appDatabase, passwords);
        String theirs = other.post("/api/v1/routers", Map.of("name", "wg-theirs")).id();

        Api.Answer taken = other.put("/api/v1/routers/" + theirs + "/wireguard-key", Map.of("publicKey", key));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("WIREGUARD_KEY_TAKEN");
    }

    @Test
    void aDecommissionedRoutersPeerDisappearsAndItsKeyIsFreeAgain() {
        Api.Answer router = register("wg-edge-5");
        String key = WireGuardInterface.randomKey();
        String token = apiToken(setupScript(router));
        assertThat(sendKey(token, key).status()).isEqualTo(204);
        assertThat(keyShownFor(router, key)).isEqualTo(key);

        long decommissioned = owner.post("/api/v1/routers/" + router.id() + "/decommission", Map.of()).position();

        assertThat(platformAdmin.getCaughtUp("/api/v1/wireguard/peers", decommissioned).text()).doesNotContain(key);
        Api.Answer refused = sendKey(token, WireGuardInterface.randomKey());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("AUTH_INVALID");
        assertThat(owner.put("/api/v1/routers/" + router.id() + "/wireguard-key", Map.of("publicKey", key)).code())
                .isEqualTo("ROUTER_DECOMMISSIONED");
        Api.Answer successor = register("wg-edge-5b");
        assertThat(owner.put("/api/v1/routers/" + successor.id() + "/wireguard-key", Map.of("publicKey", key)).status()).isEqualTo(200);
    }

    @Test
    void aRotationRetiresTheApiTokenTheOldScriptCarries() {
        Api.Answer router = register("wg-edge-6");
        String oldToken = apiToken(setupScript(router));

        owner.post("/api/v1/routers/" + router.id() + "/rotate-secret", Map.of());

        String newToken = apiToken(setupScript(router));
        assertThat(newToken).matches("[A-Za-z0-9]{40}").isNotEqualTo(oldToken);
        assertThat(sendKey(oldToken, WireGuardInterface.randomKey()).status()).isEqualTo(401);
        assertThat(sendKey(newToken, WireGuardInterface.randomKey()).status()).isEqualTo(204);
    }

    /** Routers registered before the index of tokens existed: their token works once their script is handed out. */
    @Test
    void aTokenMissingFromTheIndexIsRecordedWhenTheScriptHandsItOut() {
        Api.Answer router = register("wg-edge-7");
        appDatabase.update("DELETE FROM router_api_token WHERE router_id = ?", UUID.fromString(router.id()));

        String token = apiToken(setupScript(router));

        assertThat(sendKey(token, WireGuardInterface.randomKey()).status()).isEqualTo(204);
    }

    @Test
    void aTokenSetsItsOwnRoutersKeyAndNoOther() {
        Api.Answer mine = register("wg-edge-8");
        Api.Answer neighbour = register("wg-edge-9");
        String key = WireGuardInterface.randomKey();

        assertThat(sendKey(apiToken(setupScript(neighbour)), key).status()).isEqualTo(204);

        assertThat(keyShownFor(neighbour, key)).isEqualTo(key);
        assertThat(owner.get("/api/v1/routers/" + mine.id()).body().get("wireguardPublicKey").isNull()).isTrue();
    }

    @Test
    void aValidTokenWithSomethingElseThanAKeyIsRefusedAsInvalid() {
        String token = apiToken(setupScript(register("wg-edge-10")));

        for (String notAKey : new String[]{"", "not-a-key", WireGuardInterface.randomKey() + "\nAllowedIPs = 0.0.0.0/0"}) {
            Api.Answer refused = sendKey(token, notAKey);
            assertThat(refused.status()).as(notAKey).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void operatorsTokensOpenNeitherTheRoutersEndpointNorThePeers() {
        Api.Answer withBearer = owner.exchange("/api/v1/routers/wireguard-key", request -> request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"publicKey\":\"" + WireGuardInterface.randomKey() + "\"}")));
        assertThat(withBearer.status()).isEqualTo(403);
        assertThat(owner.get("/api/v1/wireguard/peers").status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/v1/wireguard/peers").status()).isEqualTo(401);
    }

    private Api.Answer register(String name) {
        Api.Answer answer = owner.post("/api/v1/routers", Map.of("name", name + "-" + UUID.randomUUID().toString().substring(0, 4)));
        assertThat(answer.status()).isEqualTo(201);
        return answer;
    }

    private String setupScript(Api.Answer router) {
        Api.Answer script = owner.get("/api/v1/routers/" + router.id() + "/setup-script");
        assertThat(script.status()).isEqualTo(200);
        return script.text();
    }

    /** The request the script's fetch line makes with the router's key, sent to this test server instead of the public URL. */
    private Api.Answer asTheScriptSends(String script, String key) {
        Matcher fetch = FETCH.matcher(script);
        assertThat(fetch.find()).as("a fetch line in%n%s", script).isTrue();
        String body = (fetch.group(3) + key + fetch.group(4)).replace("\\\"", "\"");
        return new Api(port).exchange(fetch.group(1), request -> {
            for (String field : fetch.group(2).split(",")) {
                String[] nameAndValue = field.split(": ", 2);
                request.header(nameAndValue[0], nameAndValue[1]);
            }
            return request.POST(HttpRequest.BodyPublishers.ofString(body));
        });
    }

    static String apiToken(String script) {
        Matcher token = Pattern.compile("X-API-Key: ([A-Za-z0-9]{40})\"").matcher(script);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private Api.Answer sendKey(String token, String key) {
        return new Api(port).exchange("/api/v1/routers/wireguard-key", request -> request
                .header("X-API-Key", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"publicKey\":\"" + key.replace("\n", "\\n") + "\"}")));
    }

    /** The router's key once the read model shows it (the router's own call answers 204, without a position). */
    private String keyShownFor(Api.Answer router, String key) {
        return Eventually.value(() -> owner.get("/api/v1/routers/" + router.id()).body().path("wireguardPublicKey").asString(""),
                key::equals, Duration.ofSeconds(10));
    }

    private String peers() {
        Api.Answer peers = platformAdmin.get("/api/v1/wireguard/peers");
        assertThat(peers.status()).isEqualTo(200);
        assertThat(peers.contentType()).startsWith("text/plain");
        return peers.text();
    }
}
