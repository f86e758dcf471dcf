package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.serialization.Revision;

/** A subscriber's contact details changed; {@code contact}, a {@link Contact}, is sealed. */
@Revision("2")
public record SubscriberContactUpdated(SubscriberId subscriberId, TenantId tenantId, SealedValue contact) implements SubscriberEvent {
}
