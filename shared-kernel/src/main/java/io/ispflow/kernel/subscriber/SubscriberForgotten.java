package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;

import java.time.Instant;

/**
 * A terminated subscriber's key was destroyed: its sealed personal data in every event, earlier
 * ones included, reads as erased from now on. The rest of its history stays.
 */
public record SubscriberForgotten(SubscriberId subscriberId, TenantId tenantId, Instant forgottenAt) implements SubscriberEvent {
}
