package io.ispflow.kernel.router;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the public key of the router's end of the WireGuard tunnel, so the WireGuard server can admit it. */
public record RecordRouterWireGuardKey(@TargetAggregateIdentifier RouterId routerId, TenantId tenantId,
                                       WireGuardKey publicKey, WireGuardKeySource source) {
}
