package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.router.RouterDetails;

/** What a router needs to reach RADIUS: its name, tunnel address and current RADIUS secret. */
record RouterConnection(RouterDetails details, Ipv4Address tunnelAddress, String radiusSecret) {

    RouterConnection withDetails(RouterDetails newDetails) {
        return new RouterConnection(newDetails, tunnelAddress, radiusSecret);
    }

    RouterConnection withSecret(String newSecret) {
        return new RouterConnection(details, tunnelAddress, newSecret);
    }

    @Override
    public String toString() {
        return "RouterConnection[details=" + details + ", tunnelAddress=" + tunnelAddress + ", radiusSecret=***]";
    }
}
