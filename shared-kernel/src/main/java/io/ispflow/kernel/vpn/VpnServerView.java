package io.ispflow.kernel.vpn;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A VPN server as API.md shows it: what its agent last reported, its status, the tenant's flags and WireGuard settings. */
public record VpnServerView(UUID id, String ip, String hostname, String countryCode, String country, String region,
                            String city, VpnServerStatus status, Instant firstHeartbeatAt, Instant lastHeartbeatAt,
                            List<Service> services, Load load, VpnServerFlags flags, String wireguardEndpoint,
                            String publicKey) {

    public record Service(String name, boolean active) {
    }

    /** cpu and ram in percent, net in megabits a second, as the agent averaged them. */
    public record Load(double cpu, double ram, double net) {
    }
}
