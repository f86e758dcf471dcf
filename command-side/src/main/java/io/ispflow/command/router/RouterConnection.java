package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.router.RouterDetails;

/** What a router needs to reach RADIUS and ispflow: its name, tunnel address, current RADIUS secret and API token. */
record RouterConnection(RouterDetails details, Ipv4Address tunnelAddress, String radiusSecret, String apiToken) {

    @Override
    public String toString() {
        return "RouterConnection[details=" + details + ", tunnelAddress=" + tunnelAddress + ", radiusSecret=***, apiToken=***]";
    }
}
