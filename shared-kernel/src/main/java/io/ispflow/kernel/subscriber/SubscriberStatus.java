package io.ispflow.kernel.subscriber;

/**
 * What the subscriber list shows, by these names on the wire and in the read model; which one a
 * subscriber has is {@link SubscriberLife#status()}'s rule.
 */
public enum SubscriberStatus {
    ACTIVE, SUSPENDED, EXPIRED, TERMINATED
}
