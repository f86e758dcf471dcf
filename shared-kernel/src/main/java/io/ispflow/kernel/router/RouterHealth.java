package io.ispflow.kernel.router;

/** Whether a router shows signs of life: heartbeats or accounting from it. */
public enum RouterHealth {
    /** No sign of life since it was registered. */
    NEVER_SEEN,
    ONLINE,
    /** Silent for longer than the configured timeout. */
    OFFLINE
}
