package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;

/**
 * The routers' WireGuard subnet, e.g. 10.100.0.0/16. Its network and broadcast addresses are
 * unusable and its first host is the RADIUS server's own tunnel address, so routers get the rest.
 */
record TunnelSubnet(Ipv4Address network, int prefixLength) {

    TunnelSubnet {
        if (prefixLength < 8 || prefixLength > 29) {
            throw new IllegalArgumentException("a tunnel subnet needs a prefix between /8 and /29");
        }
        if ((network.bits() & ~mask(prefixLength)) != 0) {
            throw new IllegalArgumentException(network + " is not the network address of a /" + prefixLength);
        }
    }

    static TunnelSubnet parse(String cidr) {
        String[] parts = cidr.split("/");
        return new TunnelSubnet(Ipv4Address.parse(parts[0]), Integer.parseInt(parts[1]));
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
