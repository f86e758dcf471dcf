package io.ispflow.kernel.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.serialization.Revision;

/**
 * A router joined the network. Its RADIUS requests come from {@code tunnelAddress} and are signed
 * with {@code radiusSecret}; {@code apiToken} authenticates its own sync calls. Both secrets are
 * strings sealed with the router's key.
 */
@Revision("2")
public record RouterRegistered(RouterId routerId, TenantId tenantId, RouterDetails details,
                               Ipv4Address tunnelAddress, SealedValue radiusSecret, SealedValue apiToken) {
}
