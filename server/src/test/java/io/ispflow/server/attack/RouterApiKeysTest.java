package io.ispflow.server.attack;

import io.ispflow.server.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * {@code POST /api/v1/routers/wireguard-key} and {@code /routers/heartbeat} with every key a router does not hold
 * now: none, one no router has, the target router's spelled otherwise, an operator's token, the router's RADIUS
 * secret, a decommissioned router's, one a rotation retired. Each is refused with 401 AUTH_INVALID and stores
 * nothing. Another tenant's router's token changes that router, never the target.
 */
class RouterApiKeysTest extends ArenaTest {

    private static final String KEY_PATH = "/api/v1/routers/wireguard-key";
    private static final String HEARTBEAT_PATH = "/api/v1/routers/heartbeat";

    Map<String, Map<String, String>> hostileHeaders;
    String foreignToken;
    Api owner;

    @BeforeAll
    void keysThatOpenNothing() {
        owner = new Api(port).withToken(arena.cast().owner().token());
        String token = ValidCommands.apiTokenOf(owner, arena.targets().routerId());
        String script = owner.get("/api/v1/routers/" + arena.targets().routerId() + "/setup-script").text();
        String radiusSecret = script.replaceAll("(?s).*/radius add [^\\n]* secret=([A-Za-z0-9]+) .*", "$1");
        String decommissioned = router();
        String decommissionedToken = ValidCommands.apiTokenOf(owner, decommissioned);
        owner.post("/api/v1/routers/" + decommissioned + "/decommission", Map.of());
        String rotated = router();
        String retiredToken = ValidCommands.apiTokenOf(owner, rotated);
        owner.post("/api/v1/routers/" + rotated + "/rotate-secret", Map.of());
        Api foreign = new Api(port).withToken(arena.cast().otherTenant().token());
        foreignToken = ValidCommands.apiTokenOf(foreign, Targets.created(foreign.post("/api/v1/routers",
                Map.of("name", "foreign-" + UUID.randomUUID().toString().substring(0, 8)))));

        hostileHeaders = new LinkedHashMap<>();
        hostileHeaders.put("no key", Map.of());
        hostileHeaders.put("an empty key", Map.of("X-API-Key", ""));
        hostileHeaders.put("a key no router has", Map.of("X-API-Key", "A".repeat(40)));
        hostileHeaders.put("the router's key upper-cased", Map.of("X-API-Key", token.toUpperCase()));
        hostileHeaders.put("the router's key less its last character", Map.of("X-API-Key", token.substring(0, 39)));
        hostileHeaders.put("the router's key and one more character", Map.of("X-API-Key", token + "A"));
        hostileHeaders.put("the router's key twice", Map.of("X-API-Key", token + "," + token));
        hostileHeaders.put("Bearer and the router's key", Map.of("X-API-Key", "Bearer " + token));
        hostileHeaders.put("the router's RADIUS secret", Map.of("X-API-Key", radiusSecret));
        hostileHeaders.put("the OWNER's access token", Map.of("X-API-Key", arena.cast().owner().token()));
        hostileHeaders.put("a decommissioned router's key", Map.of("X-API-Key", decommissionedToken));
        hostileHeaders.put("a key a rotation retired", Map.of("X-API-Key", retiredToken));
        hostileHeaders.put("the router's key in Authorization", Map.of("Authorization", "Bearer " + token));
    }

    @TestFactory
    Stream<DynamicNode> onlyTheKeyARouterHoldsNowOpensIt() {
        return Stream.of(refusedKeys(KEY_PATH, RouterApiKeysTest::keyRequest), refusedKeys(HEARTBEAT_PATH, RouterApiKeysTest::heartbeat),
                group("another tenant's router", watched -> Stream.of(dynamicTest("changes that router only", () -> {
                    JsonNode before = owner.get("/api/v1/routers/" + arena.targets().routerId()).body();
                    Api.Answer key = watched.watch().sendWith(Caller.router("another tenant's router", foreignToken), keyRequest(), Map.of());
                    Api.Answer beat = watched.watch().sendWith(Caller.router("another tenant's router", foreignToken), heartbeat(), Map.of());
                    assertThat(key.status()).isEqualTo(204);
                    assertThat(beat.status()).isEqualTo(204);
                    JsonNode after = owner.get("/api/v1/routers/" + arena.targets().routerId()).body();
                    assertThat(after.path("wireguardPublicKey").asString("")).isEqualTo(before.path("wireguardPublicKey").asString(""));
                    assertThat(after.path("lastSeenAt").asString("")).isEqualTo(before.path("lastSeenAt").asString(""));
                }))));
    }

    private DynamicNode refusedKeys(String path, Supplier<Request> request) {
        return group(path + " X-API-Key", watched -> hostileHeaders.entrySet().stream().map(hostile ->
                dynamicTest(hostile.getKey(), () -> {
                    Api.Answer answer = watched.watch().sendWith(Caller.ANONYMOUS, request.get(), hostile.getValue());
                    assertThat(answer.status()).as(answer.text()).isEqualTo(401);
                    assertThat(answer.code()).isEqualTo("AUTH_INVALID");
                })));
    }

    private static Request keyRequest() {
        return Request.json("POST", KEY_PATH, "{\"publicKey\":\"" + ValidCommands.freshWireGuardKey() + "\"}");
    }

    private static Request heartbeat() {
        return Request.json("POST", HEARTBEAT_PATH, "{\"uptimeSeconds\":60,\"cpuLoad\":3}");
    }

    private String router() {
        return Targets.created(owner.post("/api/v1/routers", Map.of("name", "keyed-" + UUID.randomUUID().toString().substring(0, 8))));
    }
}
