package io.ispflow.kernel.subscriber;

/** How a subscriber connects; a STATIC subscriber always has a fixed address. */
public enum SubscriberType {
    HOTSPOT, PPPOE, STATIC
}
