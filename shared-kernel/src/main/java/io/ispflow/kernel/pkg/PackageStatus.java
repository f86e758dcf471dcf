package io.ispflow.kernel.pkg;

/** What the package list shows, by these names on the wire and in the read model. */
public enum PackageStatus {
    ACTIVE, RETIRED
}
