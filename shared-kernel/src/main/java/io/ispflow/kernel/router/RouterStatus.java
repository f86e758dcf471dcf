package io.ispflow.kernel.router;

/** What the router list shows, by these names on the wire and in the read model. */
public enum RouterStatus {
    ACTIVE, DECOMMISSIONED
}
