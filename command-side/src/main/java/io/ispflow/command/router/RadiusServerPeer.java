package io.ispflow.command.router;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.InvalidSettingException;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.router.WireGuardKey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ispflow's end of the routers' WireGuard tunnel: the RADIUS server's tunnel address (where routers
 * send RADIUS, and where CoA comes from), and the WireGuard endpoint and public key routers connect
 * to. Every value is checked here because it is pasted into a script that runs on the router.
 *
 * @param endpointHost null until {@code ispflow.wireguard.endpoint} is set
 * @param publicKey    null until {@code ispflow.wireguard.public-key} is set
 */
record RadiusServerPeer(Ipv4Address tunnelAddress, String endpointHost, int endpointPort, String publicKey) {

    private static final Pattern ENDPOINT = Pattern.compile("([A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?):([0-9]{1,5})");

    static RadiusServerPeer configure(TunnelSubnet subnet, String tunnelAddress, String endpoint, String publicKey) {
        Ipv4Address address = tunnelAddress.isBlank() ? subnet.gateway() : tunnelAddress(tunnelAddress);
        if (subnet.isRouterAddress(address)) {
            throw new InvalidSettingException("ISPFLOW_RADIUS_SERVER_TUNNEL_ADDRESS (ispflow.radius-server.tunnel-address) " + address
                    + " is in the range the tunnel subnet gives to routers.",
                    "Leave it empty for the subnet's first host, " + subnet.gateway() + ", or choose an address outside the routers' range.");
        }
        if (endpoint.isBlank()) {
            return new RadiusServerPeer(address, null, 0, validKey(publicKey));
        }
        Matcher hostPort = ENDPOINT.matcher(endpoint.strip());
        int port = hostPort.matches() ? Integer.parseInt(hostPort.group(3)) : 0;
        if (port < 1 || port > 65_535) {
            throw new InvalidSettingException("ISPFLOW_WIREGUARD_ENDPOINT (ispflow.wireguard.endpoint) is not host:port.",
                    "Set it to the WireGuard server's host and port, e.g. vpn.example.net:51820.");
        }
        return new RadiusServerPeer(address, hostPort.group(1), port, validKey(publicKey));
    }

    private static String validKey(String publicKey) {
        if (publicKey.isBlank()) {
            return null;
        }
        if (WireGuardKey.isKey(publicKey.strip())) {
            return publicKey.strip();
        }
        throw new InvalidSettingException("ISPFLOW_WIREGUARD_PUBLIC_KEY (ispflow.wireguard.public-key) is not a WireGuard public key.",
                "Set it to the server's public key, 44 characters of base64 (wg pubkey prints it).");
    }

    private static Ipv4Address tunnelAddress(String text) {
        try {
            return Ipv4Address.parse(text.strip());
        } catch (InvalidValueException notAnAddress) {
            throw new InvalidSettingException("ISPFLOW_RADIUS_SERVER_TUNNEL_ADDRESS (ispflow.radius-server.tunnel-address) is '" + text
                    + "', which is not an IPv4 address.",
                    "Set it to the RADIUS server's address inside the tunnel, e.g. 10.100.0.1, or leave it empty for the subnet's first host.");
        }
    }

    /** The same tunnel address, the routers' tunnel ending at another WireGuard server (a tenant's VPN server). */
    RadiusServerPeer at(String host, int port, String key) {
        return new RadiusServerPeer(tunnelAddress, host, port, key);
    }

    /** Without an endpoint and key there is no tunnel a router could join. */
    RadiusServerPeer requireWireGuard() {
        if (endpointHost == null || publicKey == null) {
            throw new DomainException(ErrorCode.WIREGUARD_NOT_CONFIGURED,
                    "set ISPFLOW_WIREGUARD_ENDPOINT and ISPFLOW_WIREGUARD_PUBLIC_KEY to hand out router setup scripts");
        }
        return this;
    }
}
