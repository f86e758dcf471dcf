package io.ispflow.radius;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.ispflow.radius.RadiusEvents.alice;
import static io.ispflow.radius.RadiusEvents.basicPackage;
import static io.ispflow.radius.RadiusEvents.basicRetired;
import static io.ispflow.radius.RadiusEvents.basicUpgraded;
import static io.ispflow.radius.RadiusEvents.bob;
import static io.ispflow.radius.RadiusEvents.coreDecommissioned;
import static io.ispflow.radius.RadiusEvents.coreRouter;
import static io.ispflow.radius.RadiusEvents.coreRouterRenamed;
import static io.ispflow.radius.RadiusEvents.coreSecretRotated;
import static io.ispflow.radius.RadiusEvents.premiumPackage;
import static io.ispflow.radius.RadiusEvents.towerRouter;
import static io.ispflow.radius.RadiusEvents.towerRouterMoved;
import static org.assertj.core.api.Assertions.assertThat;

/** Operators replay the event store into the RADIUS tables at any time; doing so changes nothing. */
public interface ReplayContract extends RadiusTablesFixture {

    Object[] HISTORY = {basicPackage(), premiumPackage(), coreRouter(), towerRouter(), alice(), bob(),
            basicUpgraded(), basicRetired(), coreRouterRenamed(), coreSecretRotated(), towerRouterMoved(),
            coreDecommissioned()};

    @Test
    default void replayingEveryEventTwiceGivesIdenticalTables() {
        apply(HISTORY);
        List<String> once = projectedState();

        apply(HISTORY);

        assertThat(projectedState()).isNotEmpty().isEqualTo(once);
    }

    @Test
    default void everyRowHasAnOperatorAndReplyAttributesStayOutOfCheckTables() {
        apply(HISTORY);

        assertThat(rows("SELECT op FROM radcheck UNION ALL SELECT op FROM radgroupcheck")).containsOnly(":=");
        assertThat(rows("SELECT op FROM radreply UNION ALL SELECT op FROM radgroupreply")).containsOnly("=", ":=");
        assertThat(rows("SELECT attribute FROM radcheck UNION SELECT attribute FROM radgroupcheck"))
                .containsExactlyInAnyOrder("Cleartext-Password", "Expiration", "Simultaneous-Use");
    }
}
