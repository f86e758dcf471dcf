package io.ispflow.kernel.quota;

/** What gave a subscriber its package's rate back after its quota was used up. */
public enum QuotaRestoredBy {
    /** A top-up raised the allowance above the usage. */
    TOP_UP,
    /** A renewal started a new period. */
    RENEWAL,
    /** A change of package: the new package's quota applies to the period's usage so far. */
    PACKAGE_CHANGE
}
