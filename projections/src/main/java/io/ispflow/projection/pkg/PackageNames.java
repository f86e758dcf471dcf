package io.ispflow.projection.pkg;

import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * A package's current name for the projectors of the same processor. A lookup by id reads the
 * persistence context before the table and never flushes it, so a package projected earlier in the
 * same batch is found, and a batch of sign-ups does not dirty-check every row it holds per event.
 */
public class PackageNames {

    private final EntityManager entities;

    public PackageNames(EntityManager entities) {
        this.entities = entities;
    }

    /** The name, or null for a package the read model does not have. */
    public String of(UUID packageId) {
        PackageEntry entry = entities.find(PackageEntry.class, packageId);
        return entry == null ? null : entry.name();
    }
}
