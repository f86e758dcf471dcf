package io.ispflow.radius.pkg;

import io.ispflow.kernel.pkg.PackageId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RadiusGroupTest {

    private static final PackageId HOME_FIBRE = PackageId.of(UUID.fromString("3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b"));

    @Test
    void packageGroupIsNamedAfterThePackageId() {
        assertThat(RadiusGroup.of(HOME_FIBRE).name()).isEqualTo("pkg-3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b");
    }

    @Test
    void groupNameFitsTheStockGroupnameColumn() {
        assertThat(RadiusGroup.of(HOME_FIBRE).name()).hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void samePackageAlwaysNamesTheSameGroup() {
        assertThat(RadiusGroup.of(HOME_FIBRE)).isEqualTo(RadiusGroup.of(PackageId.of(HOME_FIBRE.value())));
    }
}
