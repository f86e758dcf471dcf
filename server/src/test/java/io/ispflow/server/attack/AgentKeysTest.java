package io.ispflow.server.attack;

import io.ispflow.server.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * {@code POST /api/v1/vpn-servers/heartbeat} with every key the tenant's agents do not hold now: none, one no tenant
 * has, the agent's key spelled otherwise, a revoked key, an operator's token, a router's API token. Each is refused
 * with 401 AUTH_INVALID and registers nothing. Another tenant's key registers a server in that tenant only.
 */
class AgentKeysTest extends ArenaTest {

    private static final String PATH = "/api/v1/vpn-servers/heartbeat";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the refused heartbeats say they come from: nothing may be registered at it. */
    private static final String IP = "192.0.2.254";

    Map<String, Map<String, String>> hostileHeaders;
    String foreignKey;
    Api owner;
    Api foreign;

    @BeforeAll
    void keysThatOpenNothing() {
        owner = new Api(port).withToken(arena.cast().owner().token());
        foreign = new Api(port).withToken(arena.cast().otherTenant().token());
        String key = arena.targets().vpnAgentKey();
        Api.Answer revokedKey = owner.post("/api/v1/vpn-servers/agent-keys", Map.of());
        owner.post("/api/v1/vpn-servers/agent-keys/" + revokedKey.id() + "/revoke", Map.of());
        foreignKey = foreign.post("/api/v1/vpn-servers/agent-keys", Map.of()).body().get("key").asString();

        hostileHeaders = new LinkedHashMap<>();
        hostileHeaders.put("no key", Map.of());
        hostileHeaders.put("an empty key", Map.of("X-API-Key", ""));
        hostileHeaders.put("a key no tenant has", Map.of("X-API-Key", "A".repeat(40)));
        hostileHeaders.put("the agent's key upper-cased", Map.of("X-API-Key", key.toUpperCase()));
        hostileHeaders.put("the agent's key less its last character", Map.of("X-API-Key", key.substring(0, 39)));
        hostileHeaders.put("the agent's key and one more character", Map.of("X-API-Key", key + "A"));
        hostileHeaders.put("the agent's key twice", Map.of("X-API-Key", key + "," + key));
        hostileHeaders.put("a revoked key", Map.of("X-API-Key", revokedKey.body().get("key").asString()));
        hostileHeaders.put("the OWNER's access token", Map.of("X-API-Key", arena.cast().owner().token()));
        hostileHeaders.put("the target router's API token", Map.of("X-API-Key", ValidCommands.apiTokenOf(owner, arena.targets().routerId())));
        hostileHeaders.put("the agent's key in Authorization", Map.of("Authorization", "Bearer " + key));
    }

    @TestFactory
    Stream<DynamicNode> onlyAnActiveAgentKeyOpensIt() {
        return Stream.of(group("X-API-Key", watched -> hostileHeaders.entrySet().stream().map(hostile ->
                dynamicTest(hostile.getKey(), () -> {
                    Api.Answer answer = watched.watch().sendWith(Caller.ANONYMOUS, heartbeat(), hostile.getValue());
                    assertThat(answer.status()).as(answer.text()).isEqualTo(401);
                    assertThat(answer.code()).isEqualTo("AUTH_INVALID");
                    assertThat(owner.get("/api/v1/vpn-servers?size=500").text()).doesNotContain(IP);
                }))), group("another tenant's key", watched -> Stream.of(dynamicTest("registers in that tenant only", () -> {
                    Api.Answer answer = watched.watch().sendWith(Caller.router("another tenant's agent", foreignKey), heartbeat(), Map.of());
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(owner.get("/api/v1/vpn-servers?size=500").text()).doesNotContain(IP);
                    assertThat(foreign.get("/api/v1/vpn-servers?size=500").text()).contains(IP);
                }))));
    }

    private static Request heartbeat() {
        return Request.json("POST", PATH, JSON.writeValueAsString(Targets.heartbeat(IP, "hostile")));
    }
}
