package io.ispflow.server.attack;

import io.ispflow.server.Api;
import io.ispflow.server.Eventually;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things of this tenant an attacker aims at, one of each kind a route can name: a package, a router,
 * a subscriber, an operator, a tenant other than this one (so that a successful attack on tenants
 * does not take this one down), a finished RADIUS rebuild, a processing group with dead letters, a
 * voucher batch with the code of its voucher, a webhook, an agent key, and a static VPN server (so that the tests' short
 * retention keeps it) with the agent key its agent speaks with, which is not the targeted one.
 */
record Targets(String packageId, String routerId, String subscriberId, String operatorId, String tenantId, String rebuildJobId,
               String voucherBatchId, String voucherCode, String webhookId, String agentKeyId, String vpnServerId,
               String vpnAgentKey) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PARAMETER = Pattern.compile("/([a-z-]+)/\\{(\\w+)}");

    static Targets create(Api owner, Api platformAdmin, JdbcTemplate appDatabase) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String pkg = created(owner.post("/api/v1/packages", Map.of("name", "Target " + tag, "downloadKbps", 2000, "uploadKbps", 1000)));
        String router = created(owner.post("/api/v1/routers", Map.of("name", "target-" + tag)));
        String subscriber = created(owner.post("/api/v1/subscribers", Map.of("username", "target-" + tag,
                "password", "target-secret", "type", "PPPOE", "packageId", pkg)));
        String operator = created(owner.post("/api/v1/operators", Map.of("username", "target-" + tag,
                "password", "target-password", "role", "READONLY")));
        String tenant = created(platformAdmin.post("/api/v1/tenants", Map.of("name", "Target ISP " + tag, "slug", "target-" + tag,
                "accountPrefix", "TGT", "ownerUsername", "target-owner-" + tag, "ownerPassword", "target-password")));
        IssuedCodes codes = new IssuedCodes(owner, pkg, appDatabase);
        String batch = codes.freshBatch();
        String webhook = created(owner.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/target-" + tag,
                "events", List.of("ROUTER_OFFLINE"), "secret", "target-webhook-secret")));
        String agentKey = created(owner.post("/api/v1/vpn-servers/agent-keys", Map.of()));
        Api.Answer speaking = owner.post("/api/v1/vpn-servers/agent-keys", Map.of());
        String vpnAgentKey = speaking.body().get("key").asString();
        return new Targets(pkg, router, subscriber, operator, tenant, finishedRebuild(platformAdmin), batch, codes.codeOf(batch),
                webhook, agentKey, staticVpnServer(owner, vpnAgentKey, tag), vpnAgentKey);
    }

    /** A heartbeat's body from a VPN server at {@code ip}. */
    static Map<String, Object> heartbeat(String ip, String hostname) {
        return Map.of("ip", ip, "hostname", hostname, "countryCode", "DE", "country", "Germany", "city", "Berlin",
                "services", List.of(Map.of("name", "wireguard", "active", true)), "load", Map.of("cpu", 1, "ram", 2, "net", 3));
    }

    private static String staticVpnServer(Api owner, String agentKey, String tag) {
        String ip = "192.0.2." + (1 + Math.floorMod(tag.hashCode(), 200));
        Api agent = owner.withoutToken();
        Api.Answer beat = agent.exchange("/api/v1/vpn-servers/heartbeat", request -> request.header("X-API-Key", agentKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(heartbeat(ip, "target-" + tag)))));
        if (beat.status() != 200) {
            throw new IllegalStateException("could not register a VPN server to attack: " + beat);
        }
        for (var server : owner.get("/api/v1/vpn-servers?size=500").body().get("items")) {
            if (server.get("ip").asString().equals(ip)) {
                String id = server.get("id").asString();
                owner.patch("/api/v1/vpn-servers/" + id, Map.of("flags", Map.of("enabled", true, "static", true, "tags", List.of())));
                return id;
            }
        }
        throw new IllegalStateException("the VPN server to attack was not registered");
    }

    /** The route with each path parameter replaced by the id of its kind's target. */
    String fill(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(filled, "/" + parameter.group(1) + "/" + idFor(parameter.group(1)));
        }
        return parameter.appendTail(filled).toString();
    }

    /** The route with every path parameter an id that names nothing. */
    static String fillUnknown(String template) {
        return template.replaceAll("\\{\\w+}", UUID.randomUUID().toString());
    }

    private String idFor(String collection) {
        return switch (collection) {
            case "packages" -> packageId;
            case "routers" -> routerId;
            case "subscribers" -> subscriberId;
            case "operators" -> operatorId;
            case "tenants" -> tenantId;
            case "rebuild" -> rebuildJobId;
            case "dead-letters" -> "read-model";
            case "voucher-batches" -> voucherBatchId;
            case "vouchers" -> voucherCode;
            case "webhooks" -> webhookId;
            case "vpn-servers" -> vpnServerId;
            case "agent-keys" -> agentKeyId;
            default -> throw new IllegalArgumentException("no target for /" + collection + "/{id}: add one to Targets");
        };
    }

    private static String finishedRebuild(Api platformAdmin) {
        Api.Answer started = platformAdmin.post("/api/v1/ops/radius/rebuild", Map.of());
        if (started.status() != 202) {
            throw new IllegalStateException("could not start a rebuild: " + started);
        }
        String job = started.body().get("jobId").asString();
        Eventually.value(() -> platformAdmin.get("/api/v1/ops/radius/rebuild/" + job).body().path("state").asString(),
                state -> !state.equals("RUNNING"), Duration.ofSeconds(60));
        return job;
    }

    /** The id of what the answer says was created. */
    static String created(Api.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("could not create something to attack: " + answer);
        }
        return answer.id();
    }
}
