package io.ispflow.radius.pkg;

import io.ispflow.kernel.pkg.PackageId;

/**
 * The RADIUS group that carries a package's terms; subscribers of the package are its members, so
 * changing a package rewrites one group instead of every subscriber's rows.
 */
public record RadiusGroup(String name) {

    public static RadiusGroup of(PackageId packageId) {
        return new RadiusGroup("pkg-" + packageId);
    }

    @Override
    public String toString() {
        return name;
    }
}
