package io.ispflow.server.auth;

import io.ispflow.kernel.Role;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/security.md's matrix, walked: every role against every endpoint class. Allowed gives 2xx,
 * denied gives 403 FORBIDDEN; and no API endpoint is left out of the policy.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final String PASSWORD = "matrix-password-1";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Who signs in for each role. */
    record Credentials(String username, String password) {
    }

    final Map<Role, Credentials> credentials = new EnumMap<>(Role.class);
    final Map<Role, Api> signedIn = new EnumMap<>(Role.class);
    Api owner;
    String pkg;
    String router;
    String subscriber;
    Api.Answer voucherBatch;

    @BeforeAll
    void operatorsOfEveryRole() {
        owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (Role role : List.of(Role.ADMIN, Role.OPERATOR, Role.AUDITOR, Role.READONLY)) {
            String username = "matrix-" + role.name().toLowerCase() + "-" + tag;
            assertThat(owner.post("/api/v1/operators", Map.of("username", username, "password", PASSWORD,
                    "role", role.name())).status()).isEqualTo(201);
            credentials.put(role, new Credentials(username, PASSWORD));
        }
        credentials.put(Role.OWNER, new Credentials("admin", ApiTest.ADMIN_PASSWORD));
        credentials.put(Role.PLATFORM_ADMIN, new Credentials("platform-admin", "platform-test-password"));
        credentials.forEach((role, who) -> signedIn.put(role, new Api(port).login(who.username(), who.password())));
        pkg = owner.post("/api/v1/packages", Map.of("name", "Matrix", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        router = owner.post("/api/v1/routers", Map.of("name", "matrix-" + tag)).id();
        subscriber = signUp();
        voucherBatch = owner.post("/api/v1/voucher-batches", Map.of("packageId", pkg, "count", 1, "validityHours", 1));
    }

    /** One request of each endpoint class, as a role would send it. */
    Map<EndpointClass, Function<Api, Api.Answer>> representatives() {
        Map<EndpointClass, Function<Api, Api.Answer>> calls = new EnumMap<>(EndpointClass.class);
        calls.put(EndpointClass.READ, api -> api.get("/api/v1/packages"));
        calls.put(EndpointClass.HISTORY, api -> api.get("/api/v1/subscribers/" + subscriber + "/history"));
        calls.put(EndpointClass.SUBSCRIBER_CHANGE, api -> api.post("/api/v1/subscribers/" + subscriber + "/suspend",
                Map.of("reason", "matrix")));
        calls.put(EndpointClass.SUBSCRIBER_TERMINATE, api -> api.delete("/api/v1/subscribers/" + signUp()));
        calls.put(EndpointClass.SUBSCRIBER_FORGET, api -> api.post("/api/v1/subscribers/" + signUp() + "/forget", Map.of()));
        calls.put(EndpointClass.VOUCHER_CHANGE, api -> api.post("/api/v1/voucher-batches",
                Map.of("packageId", pkg, "count", 1, "validityHours", 1)));
        calls.put(EndpointClass.VOUCHER_PRINT, api -> api.getCaughtUp("/api/v1/voucher-batches/" + voucherBatch.id() + "/cards",
                voucherBatch.position()));
        calls.put(EndpointClass.CATALOG_CHANGE, api -> api.post("/api/v1/packages",
                Map.of("name", "Matrix extra", "downloadKbps", 1000, "uploadKbps", 1000)));
        calls.put(EndpointClass.ROUTER_SECRET, api -> api.get("/api/v1/routers/" + router + "/setup-script"));
        calls.put(EndpointClass.ROUTER_API_KEY, api -> api.exchange("/api/v1/routers/wireguard-key", request -> request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"publicKey\":\"gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=\"}"))));
        calls.put(EndpointClass.VPN_AGENT_KEYS, api -> api.get("/api/v1/vpn-servers/agent-keys"));
        calls.put(EndpointClass.VPN_AGENT_KEY, api -> api.exchange("/api/v1/vpn-servers/heartbeat", request -> request
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))));
        calls.put(EndpointClass.WIREGUARD_PEERS, api -> api.get("/api/v1/wireguard/peers"));
        calls.put(EndpointClass.OPERATIONS, api -> api.get("/api/v1/ops/projections"));
        calls.put(EndpointClass.WEBHOOKS, api -> api.get("/api/v1/webhooks"));
        calls.put(EndpointClass.OPERATORS, api -> api.get("/api/v1/operators"));
        calls.put(EndpointClass.TENANTS, api -> api.get("/api/v1/tenants"));
        calls.put(EndpointClass.SIGN_OUT, api -> api.post("/api/v1/auth/logout", Map.of()));
        calls.put(EndpointClass.PUBLIC, api -> api.get("/v3/api-docs"));
        return calls;
    }

    @Test
    void everyRoleIsAllowedExactlyWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        representatives().forEach((endpoint, call) -> {
            for (Role role : Role.values()) {
                // signing out ends the session, so it gets a session of its own
                Api api = endpoint == EndpointClass.SIGN_OUT
                        ? new Api(port).login(credentials.get(role).username(), credentials.get(role).password())
                        : signedIn.get(role);
                Api.Answer answer = call.apply(api);
                boolean allowed = endpoint.allows(role);
                boolean asExpected = allowed ? answer.status() >= 200 && answer.status() < 300
                                             : answer.status() == 403 && "FORBIDDEN".equals(answer.code());
                if (!asExpected) {
                    wrong.add(role + " on " + endpoint + " answered " + answer.status() + " " + answer.text());
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyEndpointClassHasARepresentativeHere() {
        assertThat(representatives().keySet()).containsExactlyInAnyOrder(EndpointClass.values());
    }

    @Test
    void everyEndpointHasAPlaceInThePolicy() {
        assertThat(routes().stream().filter(route -> AccessPolicy.classOf(route.method(), route.template()).isEmpty()))
                .isEmpty();
    }

    @Test
    void withoutATokenEveryEndpointButThePublicOnesAnswers401() {
        Api anonymous = new Api(port);
        List<String> answered = new ArrayList<>();
        for (Route route : routes()) {
            if (AccessPolicy.classOf(route.method(), route.template()).filter(EndpointClass::isPublic).isPresent()) {
                continue;
            }
            String path = route.template().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Api.Answer answer = switch (route.method()) {
                case "GET" -> anonymous.get(path);
                case "POST" -> anonymous.post(path, Map.of());
                case "PUT" -> anonymous.put(path, Map.of());
                case "PATCH" -> anonymous.patch(path, Map.of());
                case "DELETE" -> anonymous.delete(path);
                default -> throw new IllegalStateException("no call for " + route);
            };
            if (answer.status() != 401 || !"AUTH_INVALID".equals(answer.code())) {
                answered.add(route + " answered " + answer.status());
            }
        }
        assertThat(answered).isEmpty();
    }

    record Route(String method, String template) {
    }

    /** Every route Spring MVC maps but Boot's error page, which only an error dispatch is let through to. */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String template : mapping.getKey().getPatternValues()) {
                if (template.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    // a route that takes any method has no place in a policy keyed by method
                    routes.add(new Route("ANY", template));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), template)));
            }
        }
        return routes;
    }

    private String signUp() {
        return owner.post("/api/v1/subscribers", Map.of("username", "matrix-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "secret-123", "type", "HOTSPOT", "packageId", pkg)).id();
    }
}
