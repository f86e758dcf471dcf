package io.ispflow.kernel.vpn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ispflow.kernel.InvalidValueException;

/**
 * Where routers reach a VPN server's WireGuard: {@code host:port}, the host a DNS name or an IPv4 address, the port
 * 1 to 65535. It goes into RouterOS scripts, so nothing else (no spaces, quotes or semicolons) can be in it.
 */
public record WireGuardEndpoint(@JsonValue String value) {

    private static final String HOST = "(?=.{1,253}:)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*";

    public WireGuardEndpoint {
        if (value == null || !value.matches(HOST + ":[0-9]{1,5}") || !validPort(value)) {
            throw new InvalidValueException("wireguardEndpoint", "wireguardEndpoint must be host:port, the port 1 to 65535");
        }
    }

    @JsonCreator
    public static WireGuardEndpoint of(String value) {
        return new WireGuardEndpoint(value);
    }

    private static boolean validPort(String value) {
        int port = Integer.parseInt(value.substring(value.lastIndexOf(':') + 1));
        return port >= 1 && port <= 65_535;
    }

    public String host() {
        return value.substring(0, value.lastIndexOf(':'));
    }

    public int port() {
        return Integer.parseInt(value.substring(value.lastIndexOf(':') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
