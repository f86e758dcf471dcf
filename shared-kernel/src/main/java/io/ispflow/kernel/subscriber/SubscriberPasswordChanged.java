package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.serialization.Revision;

/** A subscriber's RADIUS password was replaced; {@code password}, a {@link RadiusPassword}, is sealed. */
@Revision("2")
public record SubscriberPasswordChanged(SubscriberId subscriberId, TenantId tenantId, SealedValue password) implements SubscriberEvent {
}
