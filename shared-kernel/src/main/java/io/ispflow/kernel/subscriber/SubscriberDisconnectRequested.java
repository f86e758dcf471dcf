package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

/**
 * Someone asked for a subscriber's open sessions to be ended; who asked is in the event's metadata, as
 * for every command. The subscriber's state does not change: it may log in again at once.
 */
public record SubscriberDisconnectRequested(SubscriberId subscriberId, TenantId tenantId, String reason)
        implements SubscriberEvent {
}
