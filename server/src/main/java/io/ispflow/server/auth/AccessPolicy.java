package io.ispflow.server.auth;

import java.util.Map;
import java.util.Optional;

import static io.ispflow.server.auth.EndpointClass.CATALOG_CHANGE;
import static io.ispflow.server.auth.EndpointClass.HISTORY;
import static io.ispflow.server.auth.EndpointClass.OPERATIONS;
import static io.ispflow.server.auth.EndpointClass.OPERATORS;
import static io.ispflow.server.auth.EndpointClass.OPERATIONS;
import static io.ispflow.server.auth.EndpointClass.PUBLIC;
import static io.ispflow.server.auth.EndpointClass.READ;
import static io.ispflow.server.auth.EndpointClass.ROUTER_API_KEY;
import static io.ispflow.server.auth.EndpointClass.ROUTER_SECRET;
import static io.ispflow.server.auth.EndpointClass.SIGN_OUT;
import static io.ispflow.server.auth.EndpointClass.SUBSCRIBER_CHANGE;
import static io.ispflow.server.auth.EndpointClass.SUBSCRIBER_FORGET;
import static io.ispflow.server.auth.EndpointClass.SUBSCRIBER_TERMINATE;
import static io.ispflow.server.auth.EndpointClass.TENANTS;
import static io.ispflow.server.auth.EndpointClass.VOUCHER_CHANGE;
import static io.ispflow.server.auth.EndpointClass.VOUCHER_PRINT;
import static io.ispflow.server.auth.EndpointClass.WEBHOOKS;
import static io.ispflow.server.auth.EndpointClass.VPN_AGENT_KEY;
import static io.ispflow.server.auth.EndpointClass.VPN_AGENT_KEYS;
import static io.ispflow.server.auth.EndpointClass.WIREGUARD_PEERS;

/**
 * Which class every endpoint belongs to, keyed by method and route template. An endpoint missing
 * here is refused to everyone, so a new one cannot slip out unguarded.
 */
final class AccessPolicy {

    static final Map<String, EndpointClass> ENDPOINTS = Map.ofEntries(
            Map.entry("POST /api/v1/auth/login", PUBLIC),
            Map.entry("POST /api/v1/auth/refresh", PUBLIC),
            Map.entry("GET /v3/api-docs", PUBLIC),
            Map.entry("GET /v3/api-docs.yaml", PUBLIC),
            Map.entry("GET /v3/api-docs/swagger-config", PUBLIC),
            Map.entry("GET /swagger-ui.html", PUBLIC),
            Map.entry("GET /", PUBLIC),
            Map.entry("POST /api/v1/auth/logout", SIGN_OUT),
            Map.entry("GET /api/v1/packages", READ),
            Map.entry("GET /api/v1/packages/{id}", READ),
            Map.entry("GET /api/v1/routers", READ),
            Map.entry("GET /api/v1/routers/{id}", READ),
            Map.entry("GET /api/v1/routers/{id}/availability", READ),
            Map.entry("GET /api/v1/subscribers", READ),
            Map.entry("GET /api/v1/subscribers/{id}", READ),
            Map.entry("GET /api/v1/dashboard", READ),
            Map.entry("GET /api/v1/sessions", READ),
            Map.entry("GET /api/v1/subscribers/{id}/sessions", READ),
            Map.entry("GET /api/v1/subscribers/{id}/usage", READ),
            Map.entry("GET /api/v1/subscribers/{id}/session-control", READ),
            Map.entry("GET /api/v1/voucher-batches", READ),
            Map.entry("GET /api/v1/voucher-batches/{id}", READ),
            // codes masked for the roles that may not print, and the CSV (same route, Accept: text/csv) refused to them
            Map.entry("GET /api/v1/voucher-batches/{id}/vouchers", READ),
            Map.entry("GET /api/v1/voucher-batches/{id}/cards", VOUCHER_PRINT),
            Map.entry("GET /api/v1/subscribers/{id}/history", HISTORY),
            Map.entry("GET /api/v1/subscribers/{id}/as-of", HISTORY),
            Map.entry("POST /api/v1/subscribers", SUBSCRIBER_CHANGE),
            Map.entry("POST /api/v1/subscribers/{id}/change-package", SUBSCRIBER_CHANGE),
            Map.entry("POST /api/v1/subscribers/{id}/change-password", SUBSCRIBER_CHANGE),
            Map.entry("POST /api/v1/subscribers/{id}/suspend", SUBSCRIBER_CHANGE),
            Map.entry("POST /api/v1/subscribers/{id}/reactivate", SUBSCRIBER_CHANGE),
            Map.entry("POST /api/v1/subscribers/{id}/disconnect", SUBSCRIBER_CHANGE),
            Map.entry("POST /api/v1/subscribers/{id}/renew", SUBSCRIBER_CHANGE),
            Map.entry("POST /api/v1/subscribers/{id}/quota-top-up", SUBSCRIBER_CHANGE),
            Map.entry("PUT /api/v1/subscribers/{id}/static-ip", SUBSCRIBER_CHANGE),
            Map.entry("DELETE /api/v1/subscribers/{id}/static-ip", SUBSCRIBER_CHANGE),
            Map.entry("PUT /api/v1/subscribers/{id}/contact", SUBSCRIBER_CHANGE),
            Map.entry("DELETE /api/v1/subscribers/{id}", SUBSCRIBER_TERMINATE),
            Map.entry("POST /api/v1/subscribers/{id}/forget", SUBSCRIBER_FORGET),
            Map.entry("POST /api/v1/voucher-batches", VOUCHER_CHANGE),
            Map.entry("POST /api/v1/voucher-batches/{id}/revoke", VOUCHER_CHANGE),
            Map.entry("POST /api/v1/vouchers/{code}/revoke", VOUCHER_CHANGE),
            Map.entry("POST /api/v1/webhooks", WEBHOOKS),
            Map.entry("GET /api/v1/webhooks", WEBHOOKS),
            Map.entry("GET /api/v1/webhooks/{id}", WEBHOOKS),
            Map.entry("DELETE /api/v1/webhooks/{id}", WEBHOOKS),
            Map.entry("GET /api/v1/webhooks/{id}/deliveries", WEBHOOKS),
            Map.entry("POST /api/v1/packages", CATALOG_CHANGE),
            Map.entry("PUT /api/v1/packages/{id}", CATALOG_CHANGE),
            Map.entry("POST /api/v1/packages/{id}/retire", CATALOG_CHANGE),
            Map.entry("POST /api/v1/routers", CATALOG_CHANGE),
            Map.entry("PUT /api/v1/routers/{id}", CATALOG_CHANGE),
            Map.entry("POST /api/v1/routers/{id}/rotate-secret", CATALOG_CHANGE),
            Map.entry("POST /api/v1/routers/{id}/decommission", CATALOG_CHANGE),
            Map.entry("PUT /api/v1/routers/{id}/wireguard-key", CATALOG_CHANGE),
            Map.entry("POST /api/v1/routers/wireguard-key", ROUTER_API_KEY),
            Map.entry("POST /api/v1/routers/heartbeat", ROUTER_API_KEY),
            Map.entry("GET /api/v1/wireguard/peers", WIREGUARD_PEERS),
            Map.entry("GET /api/v1/vpn-servers", READ),
            Map.entry("GET /api/v1/vpn-servers/{id}", READ),
            Map.entry("PATCH /api/v1/vpn-servers/{id}", CATALOG_CHANGE),
            Map.entry("POST /api/v1/vpn-servers/heartbeat", VPN_AGENT_KEY),
            Map.entry("POST /api/v1/vpn-servers/agent-keys", VPN_AGENT_KEYS),
            Map.entry("GET /api/v1/vpn-servers/agent-keys", VPN_AGENT_KEYS),
            Map.entry("POST /api/v1/vpn-servers/agent-keys/{id}/revoke", VPN_AGENT_KEYS),
            Map.entry("GET /api/v1/routers/{id}/setup-script", ROUTER_SECRET),
            Map.entry("GET /api/v1/ops/projections", OPERATIONS),
            Map.entry("GET /api/v1/ops/radius/drift", OPERATIONS),
            Map.entry("GET /api/v1/ops/radius/rebuild/{jobId}", OPERATIONS),
            Map.entry("POST /api/v1/ops/radius/rebuild", OPERATIONS),
            Map.entry("GET /api/v1/ops/dead-letters/{group}", OPERATIONS),
            Map.entry("POST /api/v1/ops/dead-letters/{group}/retry", OPERATIONS),
            Map.entry("GET /api/v1/operators", OPERATORS),
            Map.entry("POST /api/v1/operators", OPERATORS),
            Map.entry("PUT /api/v1/operators/{id}/role", OPERATORS),
            Map.entry("PUT /api/v1/operators/{id}/password", OPERATORS),
            Map.entry("DELETE /api/v1/operators/{id}", OPERATORS),
            Map.entry("GET /api/v1/tenants", TENANTS),
            Map.entry("POST /api/v1/tenants", TENANTS),
            Map.entry("POST /api/v1/tenants/{id}/suspend", TENANTS),
            Map.entry("POST /api/v1/tenants/{id}/reactivate", TENANTS));

    private AccessPolicy() {
    }

    /** HEAD is answered by the GET endpoint, so it is allowed as that GET is. */
    static Optional<EndpointClass> classOf(String method, String routeTemplate) {
        return Optional.ofNullable(ENDPOINTS.get(("HEAD".equals(method) ? "GET" : method) + " " + routeTemplate));
    }
}
