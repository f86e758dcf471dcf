package io.ispflow.kernel.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;

/** A router left the network; its tunnel address may be given to another router. */
public record RouterDecommissioned(RouterId routerId, TenantId tenantId, Ipv4Address tunnelAddress) {
}
