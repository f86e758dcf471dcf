package io.ispflow.server.vpn;

import io.ispflow.server.Api;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

/** A VPN server's agent as the tests play it: heartbeats with an agent key, from one address. */
record VpnAgent(Api api, String key, String ip) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<String, Object> report(String ip, String hostname, String countryCode, List<Map<String, Object>> services) {
        return Map.of("ip", ip, "hostname", hostname, "countryCode", countryCode, "country", "Germany", "region", "Hesse",
                "city", "Frankfurt am Main", "services", services, "load", Map.of("cpu", 12.5, "ram", 40.0, "net", 3.2));
    }

    static Map<String, Object> service(String name, boolean active) {
        return Map.of("name", name, "active", active);
    }

    Api.Answer beat(String hostname, String countryCode, List<Map<String, Object>> services) {
        return send(key, JSON.writeValueAsString(report(ip, hostname, countryCode, services)));
    }

    Api.Answer beat() {
        return beat("vpn-" + ip.replace('.', '-'), "DE", List.of(service("wireguard", true)));
    }

    Api.Answer send(String apiKey, String body) {
        return api.exchange("/api/v1/vpn-servers/heartbeat", request -> {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            return apiKey == null ? request : request.header("X-API-Key", apiKey);
        });
    }
}
