package io.ispflow.server.attack;

import io.ispflow.server.Api;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For every operation with a JSON body, a request that succeeds: who may send it, where, and a body
 * that changes something each time, so that a command answered 2xx must have stored an event. The
 * attacker's suite starts from these and spoils one thing at a time.
 */
final class ValidCommands {

    /**
     * A command as someone allowed would send it; each call of {@code target} and {@code body} gives a fresh one.
     * {@code storesEvent}: its 2xx means an event was stored, as for every command but a router's heartbeat, which is
     * not an event (only the first after silence appends one).
     */
    record Command(Caller sender, Supplier<String> target, Supplier<ObjectNode> body, boolean storesEvent) {

        Command(Caller sender, Supplier<String> target, Supplier<ObjectNode> body) {
            this(sender, target, body, true);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern API_TOKEN = Pattern.compile("X-API-Key: ([A-Za-z0-9]{40})\"");

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, Command> commands;

    ValidCommands(Cast cast, Targets targets, Api owner, Api platformAdmin, IssuedCodes vouchers) {
        Caller tenantOwner = cast.owner();
        String subscriber = "/api/v1/subscribers/" + targets.subscriberId();
        commands = Map.ofEntries(
                command("POST /api/v1/auth/login", Caller.ANONYMOUS, "/api/v1/auth/login",
                        n -> body("username", "attacker-nobody", "password", "wrong-password-" + n)),
                command("POST /api/v1/auth/refresh", Caller.ANONYMOUS, "/api/v1/auth/refresh",
                        n -> body("refreshToken", "not-a-refresh-token-" + n)),
                command("POST /api/v1/operators", tenantOwner, "/api/v1/operators",
                        n -> body("username", "attacker-op-" + tag + "-" + n, "password", "operator-password-" + n, "role", "READONLY")),
                // a role change must change the role, so each attempt gets a READONLY operator of its own
                Map.entry("PUT /api/v1/operators/{id}/role", new Command(tenantOwner,
                        () -> "/api/v1/operators/" + freshOperator(owner) + "/role", () -> body("role", "AUDITOR"))),
                command("PUT /api/v1/operators/{id}/password", tenantOwner, "/api/v1/operators/" + targets.operatorId() + "/password",
                        n -> body("password", "changed-password-" + n)),
                command("POST /api/v1/packages", tenantOwner, "/api/v1/packages", this::packageTerms),
                command("PUT /api/v1/packages/{id}", tenantOwner, "/api/v1/packages/" + targets.packageId(), this::packageTerms),
                command("POST /api/v1/routers", tenantOwner, "/api/v1/routers", this::router),
                command("PUT /api/v1/routers/{id}", tenantOwner, "/api/v1/routers/" + targets.routerId(), this::router),
                // a recorded key must change the key, so each attempt offers a fresh one
                command("PUT /api/v1/routers/{id}/wireguard-key", tenantOwner, "/api/v1/routers/" + targets.routerId() + "/wireguard-key",
                        n -> body("publicKey", freshWireGuardKey())),
                command("POST /api/v1/routers/wireguard-key", Caller.router("the target router", apiTokenOf(owner, targets.routerId())),
                        "/api/v1/routers/wireguard-key", n -> body("publicKey", freshWireGuardKey())),
                // each heartbeat comes from an address of its own, so that each registers a server (an event)
                command("POST /api/v1/vpn-servers/heartbeat", Caller.router("the tenant's VPN agent", targets.vpnAgentKey()),
                        "/api/v1/vpn-servers/heartbeat", n -> JSON.valueToTree(Targets.heartbeat(
                                "100." + (64 + n / 65536 % 64) + "." + (n / 256 % 256) + "." + (n % 256), "attack-" + tag + "-" + n))),
                // new tags each time; the target stays static, so that the tests' short retention keeps it
                command("PATCH /api/v1/vpn-servers/{id}", tenantOwner, "/api/v1/vpn-servers/" + targets.vpnServerId(),
                        n -> JSON.valueToTree(Map.of("flags", Map.of("enabled", true, "static", true, "tags", java.util.List.of("atk-" + n))))),
                Map.entry("POST /api/v1/routers/heartbeat", new Command(Caller.router("the target router", apiTokenOf(owner, targets.routerId())),
                        () -> "/api/v1/routers/heartbeat", () -> JSON.createObjectNode().put("uptimeSeconds", COUNTER.incrementAndGet())
                        .put("version", "7.16.2 (stable)").put("board", "RB5009UG+S+").put("cpuLoad", 7)
                        .put("freeMemoryBytes", 734003200L).put("activeSessions", 42), false)),
                command("POST /api/v1/subscribers", tenantOwner, "/api/v1/subscribers", n -> subscriber(n, targets.packageId())),
                // a package change must change the package, so each attempt offers a package of its own
                command("POST /api/v1/subscribers/{id}/change-package", tenantOwner, subscriber + "/change-package",
                        n -> body("packageId", freshPackage(owner))),
                command("POST /api/v1/subscribers/{id}/change-password", tenantOwner, subscriber + "/change-password",
                        n -> body("password", "secret-" + n)),
                // renewing with no body extends by the package's validity; a field under attack is the only one sent
                command("POST /api/v1/subscribers/{id}/renew", tenantOwner, subscriber + "/renew", n -> JSON.createObjectNode()),
                // only an active subscriber can be suspended, so each attempt gets one of its own
                Map.entry("POST /api/v1/subscribers/{id}/suspend", new Command(tenantOwner,
                        () -> "/api/v1/subscribers/" + freshSubscriber(owner, targets.packageId()) + "/suspend",
                        () -> body("reason", "Attack " + COUNTER.incrementAndGet()))),
                // every disconnect is recorded, whether or not the subscriber is online
                command("POST /api/v1/subscribers/{id}/disconnect", tenantOwner, subscriber + "/disconnect",
                        n -> body("reason", "Attack " + n)),
                // every top-up is recorded, and adds to the period's allowance
                command("POST /api/v1/subscribers/{id}/quota-top-up", tenantOwner, subscriber + "/quota-top-up",
                        n -> JSON.createObjectNode().put("mb", 1 + n % 1000)),
                command("PUT /api/v1/subscribers/{id}/static-ip", tenantOwner, subscriber + "/static-ip",
                        n -> body("ip", "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (1 + n % 250))),
                command("PUT /api/v1/subscribers/{id}/contact", tenantOwner, subscriber + "/contact",
                        n -> body("fullName", "Name " + n, "phone", "+1 555 " + n, "email", "a" + n + "@example.net", "address", "Street " + n)),
                // the target package has no validity of its own, so each batch gives its hours
                command("POST /api/v1/voucher-batches", tenantOwner, "/api/v1/voucher-batches",
                        n -> JSON.createObjectNode().put("packageId", targets.packageId()).put("count", 1 + n % 3)
                                .put("prefix", "atk").put("codeLength", 8).put("validityHours", 24).put("price", 1.5)
                                .put("usableUntil", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())),
                // only a usable batch or voucher is revoked with an event, so each attempt gets one of its own
                Map.entry("POST /api/v1/voucher-batches/{id}/revoke", new Command(tenantOwner,
                        () -> "/api/v1/voucher-batches/" + vouchers.freshBatch() + "/revoke",
                        () -> body("reason", "Attack " + COUNTER.incrementAndGet()))),
                Map.entry("POST /api/v1/vouchers/{code}/revoke", new Command(tenantOwner,
                        () -> "/api/v1/vouchers/" + vouchers.freshCode() + "/revoke",
                        () -> body("reason", "Attack " + COUNTER.incrementAndGet()))),
                // the test server lets webhooks reach 127.0.0.0/8 over http; the discard port answers nothing
                command("POST /api/v1/webhooks", tenantOwner, "/api/v1/webhooks",
                        n -> body("url", "http://127.0.0.1:9/attack-" + n, "secret", "attack-webhook-secret-" + n)
                                .set("events", JSON.createArrayNode().add("ROUTER_OFFLINE"))),
                command("POST /api/v1/tenants", cast.platformAdmin(), "/api/v1/tenants",
                        n -> body("name", "Attack ISP " + n, "slug", "attack-" + tag + "-" + n, "accountPrefix", "ATK",
                                "ownerUsername", "attack-owner-" + tag + "-" + n, "ownerPassword", "attack-password-" + n)),
                // only an active tenant can be suspended, so each attempt gets one of its own
                Map.entry("POST /api/v1/tenants/{id}/suspend", new Command(cast.platformAdmin(),
                        () -> "/api/v1/tenants/" + freshTenant(platformAdmin) + "/suspend",
                        () -> body("reason", "Attack " + COUNTER.incrementAndGet()))));
    }

    /** The valid command for an operation of the API document, or an error naming what to add here. */
    Command of(ApiDocument.Operation operation) {
        Command command = commands.get(operation.key());
        if (command == null) {
            throw new AssertionError(operation + " takes a JSON body, but ValidCommands has no valid request for it: add one");
        }
        return command;
    }

    boolean has(ApiDocument.Operation operation) {
        return commands.containsKey(operation.key());
    }

    private ObjectNode packageTerms(long n) {
        ObjectNode body = body("name", "Attack " + n, "addressPool", "pool-" + n);
        body.put("downloadKbps", 1000 + n).put("uploadKbps", 1000).put("sessionTimeout", 3600).put("idleTimeout", 600)
                .put("deviceLimit", 2).put("validityDays", 30).put("price", new java.math.BigDecimal("10.50"))
                .put("dataQuotaMb", 10_000).put("fupDownloadKbps", 512).put("fupUploadKbps", 256);
        return body;
    }

    private ObjectNode router(long n) {
        return body("name", "attack-" + tag + "-" + n, "site", "Site " + n, "description", "Description " + n);
    }

    private ObjectNode subscriber(long n, String packageId) {
        return body("username", "attack-" + tag + "-" + n, "password", "secret-" + n, "type", "PPPOE", "packageId", packageId,
                "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "fullName", "Name " + n, "phone", "+1 555 " + n, "email", "a" + n + "@example.net", "address", "Street " + n);
    }

    /** 32 random bytes, as WireGuard writes a public key. */
    static String freshWireGuardKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The router's API token, from the one place it appears: its setup script. */
    static String apiTokenOf(Api owner, String routerId) {
        Matcher token = API_TOKEN.matcher(owner.get("/api/v1/routers/" + routerId + "/setup-script").text());
        if (!token.find()) {
            throw new IllegalStateException("no API token in router " + routerId + "'s setup script");
        }
        return token.group(1);
    }

    private String freshSubscriber(Api owner, String packageId) {
        return Targets.created(owner.post("/api/v1/subscribers", JSON.convertValue(subscriber(COUNTER.incrementAndGet(), packageId), Map.class)));
    }

    private String freshOperator(Api owner) {
        long n = COUNTER.incrementAndGet();
        return Targets.created(owner.post("/api/v1/operators", Map.of("username", "attacked-op-" + tag + "-" + n,
                "password", "operator-password-" + n, "role", "READONLY")));
    }

    private String freshPackage(Api owner) {
        return Targets.created(owner.post("/api/v1/packages", JSON.convertValue(packageTerms(COUNTER.incrementAndGet()), Map.class)));
    }

    private String freshTenant(Api platformAdmin) {
        long n = COUNTER.incrementAndGet();
        return Targets.created(platformAdmin.post("/api/v1/tenants", Map.of("name", "Victim ISP " + n, "slug", "victim-" + tag + "-" + n,
                "accountPrefix", "VIC", "ownerUsername", "victim-owner-" + tag + "-" + n, "ownerPassword", "victim-password-" + n)));
    }

    private static Map.Entry<String, Command> command(String key, Caller sender, String target, Function<Long, ObjectNode> body) {
        return Map.entry(key, new Command(sender, () -> target, () -> body.apply(COUNTER.incrementAndGet())));
    }

    private static ObjectNode body(String... namesAndValues) {
        ObjectNode body = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }
}
