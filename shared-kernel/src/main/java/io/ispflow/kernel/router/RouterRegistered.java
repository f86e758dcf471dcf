package io.ispflow.kernel.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;

/**
 * A router joined the network. Its RADIUS requests come from {@code tunnelAddress} and are signed
 * with {@code radiusSecret}; {@code apiToken} authenticates its own sync calls.
 */
public record RouterRegistered(RouterId routerId, TenantId tenantId, RouterDetails details,
                               Ipv4Address tunnelAddress, String radiusSecret, String apiToken) {

    @Override
    public String toString() {
        return "RouterRegistered[routerId=" + routerId + ", tenantId=" + tenantId + ", details=" + details
                + ", tunnelAddress=" + tunnelAddress + ", radiusSecret=***, apiToken=***]";
    }
}
