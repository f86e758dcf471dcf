package io.ispflow.kernel.subscriber;

/** What the subscriber list shows; termination outranks suspension, which outranks expiry. */
public enum SubscriberStatus {
    ACTIVE, SUSPENDED, EXPIRED, TERMINATED
}
