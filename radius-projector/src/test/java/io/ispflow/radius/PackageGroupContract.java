package io.ispflow.radius;

import io.ispflow.kernel.pkg.PackageCreated;
import org.junit.jupiter.api.Test;

import static io.ispflow.radius.RadiusEvents.BASIC;
import static io.ispflow.radius.RadiusEvents.PREMIUM;
import static io.ispflow.radius.RadiusEvents.TENANT;
import static io.ispflow.radius.RadiusEvents.alice;
import static io.ispflow.radius.RadiusEvents.basicPackage;
import static io.ispflow.radius.RadiusEvents.basicRetired;
import static io.ispflow.radius.RadiusEvents.basicUpgraded;
import static io.ispflow.radius.RadiusEvents.premiumDowngraded;
import static io.ispflow.radius.RadiusEvents.premiumPackage;
import static org.assertj.core.api.Assertions.assertThat;

/** A package is a RADIUS group whose rows carry its terms. */
public interface PackageGroupContract extends RadiusTablesFixture {

    @Test
    default void packageRateBecomesMikrotikRateLimitSeenFromTheRouter() {
        apply(basicPackage());

        assertThat(rows("SELECT attribute, op, value FROM radgroupreply WHERE groupname = ?", "pkg-" + BASIC))
                .containsExactly("Mikrotik-Rate-Limit = 5M/20M");
    }

    @Test
    default void packageWithoutOptionalTermsHasNoOtherRows() {
        apply(basicPackage());

        assertThat(rows("SELECT attribute FROM radgroupreply")).containsExactly("Mikrotik-Rate-Limit");
        assertThat(rows("SELECT attribute FROM radgroupcheck")).isEmpty();
    }

    @Test
    default void everyOptionalTermThatIsSetGetsItsAttribute() {
        apply(premiumPackage());

        assertThat(rows("SELECT attribute, op, value FROM radgroupreply WHERE groupname = ?", "pkg-" + PREMIUM))
                .containsExactlyInAnyOrder("Mikrotik-Rate-Limit = 20500k/100M", "Session-Timeout = 86400",
                        "Idle-Timeout = 600", "Framed-Pool = premium-pool");
        assertThat(rows("SELECT attribute, op, value FROM radgroupcheck WHERE groupname = ?", "pkg-" + PREMIUM))
                .containsExactly("Simultaneous-Use := 2");
    }

    @Test
    default void reapplyingAPackageLeavesTheSameRows() {
        apply(premiumPackage(), basicPackage());
        var once = projectedState();

        apply(premiumPackage());

        assertThat(projectedState()).isEqualTo(once);
    }

    @Test
    default void writingAGroupReplacesItsWholeAttributeSet() {
        apply(premiumPackage());

        apply(new PackageCreated(PREMIUM, TENANT, basicPackage().terms()));

        assertThat(rows("SELECT attribute, op, value FROM radgroupreply WHERE groupname = ?", "pkg-" + PREMIUM))
                .containsExactly("Mikrotik-Rate-Limit = 5M/20M");
        assertThat(rows("SELECT attribute FROM radgroupcheck WHERE groupname = ?", "pkg-" + PREMIUM)).isEmpty();
    }

    @Test
    default void anUpdatedPackageRewritesItsGroupWithEveryNewTerm() {
        apply(basicPackage(), basicUpgraded());

        assertThat(rows("SELECT attribute, op, value FROM radgroupreply WHERE groupname = ?", "pkg-" + BASIC))
                .containsExactlyInAnyOrder("Mikrotik-Rate-Limit = 20500k/100M", "Session-Timeout = 86400",
                        "Idle-Timeout = 600", "Framed-Pool = premium-pool");
        assertThat(rows("SELECT attribute, op, value FROM radgroupcheck WHERE groupname = ?", "pkg-" + BASIC))
                .containsExactly("Simultaneous-Use := 2");
    }

    @Test
    default void anUpdateThatUnsetsTermsRemovesTheirRows() {
        apply(premiumPackage(), premiumDowngraded());

        assertThat(rows("SELECT attribute, op, value FROM radgroupreply WHERE groupname = ?", "pkg-" + PREMIUM))
                .containsExactly("Mikrotik-Rate-Limit = 5M/20M");
        assertThat(rows("SELECT attribute FROM radgroupcheck WHERE groupname = ?", "pkg-" + PREMIUM)).isEmpty();
    }

    @Test
    default void anUpdateLeavesItsMembersRowsAlone() {
        apply(basicPackage(), alice());
        var members = rows("SELECT username, groupname, priority FROM radusergroup");
        var checks = rows("SELECT username, attribute, op, value FROM radcheck");

        apply(basicUpgraded());

        assertThat(rows("SELECT username, groupname, priority FROM radusergroup")).isEqualTo(members);
        assertThat(rows("SELECT username, attribute, op, value FROM radcheck")).isEqualTo(checks);
    }

    @Test
    default void aRetiredPackageKeepsItsGroupSoItsMembersKeepTheirService() {
        apply(basicPackage(), alice());
        var before = projectedState();

        apply(basicRetired());

        assertThat(projectedState()).isEqualTo(before);
    }
}
