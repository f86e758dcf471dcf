package io.ispflow.kernel.subscriber;

/** An event in one subscriber's life: every one names its subscriber, so a batch of them can be read together. */
public interface SubscriberEvent {

    SubscriberId subscriberId();
}
