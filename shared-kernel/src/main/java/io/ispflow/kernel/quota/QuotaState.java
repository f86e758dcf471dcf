package io.ispflow.kernel.quota;

/** Where a subscriber stands against its package's data quota in the current subscription period. */
public enum QuotaState {
    /** The package has no quota. */
    UNLIMITED,
    /** Usage is below the quota and the period's top-ups. */
    WITHIN,
    /** The quota is used up: the subscriber runs at the package's fair-usage rate. */
    FAIR_USAGE,
    /** The quota is used up and the package has no fair-usage rate: no service. */
    BLOCKED
}
