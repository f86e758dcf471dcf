package io.ispflow.command.router;

import io.ispflow.kernel.InvalidSettingException;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.Ipv4Address;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routers' WireGuard subnet, e.g. 10.100.0.0/16. Its network and broadcast addresses are
 * unusable and its first host is the RADIUS server's own tunnel address, so routers get the rest.
 */
record TunnelSubnet(Ipv4Address network, int prefixLength) {

    private static final String SETTING = "ISPFLOW_TUNNEL_SUBNET (ispflow.tunnel.subnet)";
    private static final String EXAMPLE = "Set it to a network address and a prefix length from /8 to /29, e.g. 10.100.0.0/16.";
    private static final Pattern CIDR = Pattern.compile("([0-9.]+)/([0-9]{1,2})");

    TunnelSubnet {
        if (prefixLength < 8 || prefixLength > 29) {
            throw new InvalidSettingException(SETTING + " has the prefix length /" + prefixLength + ", but a tunnel subnet "
                    + "runs from /8 to /29: a /29 leaves routers 5 addresses beside the network, the RADIUS server's and the broadcast.",
                    EXAMPLE);
        }
        if ((network.bits() & ~mask(prefixLength)) != 0) {
            throw new InvalidSettingException(SETTING + " is " + network + "/" + prefixLength + ", but " + network
                    + " is not the first address of a /" + prefixLength + ".",
                    "Set it to the network's own address, " + Ipv4Address.of(network.bits() & mask(prefixLength)) + "/" + prefixLength + ".");
        }
    }

    /** @throws InvalidSettingException naming {@code ISPFLOW_TUNNEL_SUBNET}, unless {@code cidr} is a network and a prefix length */
    static TunnelSubnet parse(String cidr) {
        Matcher parts = CIDR.matcher(cidr == null ? "" : cidr.strip());
        if (!parts.matches()) {
            throw new InvalidSettingException(SETTING + " is '" + cidr + "', which is not an IPv4 network with a prefix length.", EXAMPLE);
        }
        try {
            return new TunnelSubnet(Ipv4Address.parse("network", parts.group(1)), Integer.parseInt(parts.group(2)));
        } catch (InvalidValueException badAddress) {
            throw new InvalidSettingException(SETTING + " is '" + cidr + "', whose network is not an IPv4 address.", EXAMPLE);
        }
    }

    Ipv4Address gateway() {
        return Ipv4Address.of(network.bits() + 1);
    }

    Ipv4Address firstRouterAddress() {
        return Ipv4Address.of(network.bits() + 2);
    }

    Ipv4Address lastRouterAddress() {
        return Ipv4Address.of((network.bits() | ~mask(prefixLength)) - 1);
    }

    boolean isRouterAddress(Ipv4Address address) {
        return Integer.compareUnsigned(address.bits(), firstRouterAddress().bits()) >= 0
                && Integer.compareUnsigned(address.bits(), lastRouterAddress().bits()) <= 0;
    }

    boolean contains(Ipv4Address address) {
        return (address.bits() & mask(prefixLength)) == network.bits();
    }

    private static int mask(int prefixLength) {
        return -1 << (32 - prefixLength);
    }
}
