package io.ispflow.radius;

import io.ispflow.radius.router.RadiusClients;
import io.ispflow.radius.router.RadiusClients.RadiusClient;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static io.ispflow.radius.RadiusEvents.CORE;
import static io.ispflow.radius.RadiusEvents.coreDecommissioned;
import static io.ispflow.radius.RadiusEvents.coreRouter;
import static io.ispflow.radius.RadiusEvents.coreRouterRenamed;
import static io.ispflow.radius.RadiusEvents.coreSecretRotated;
import static io.ispflow.radius.RadiusEvents.router;
import static io.ispflow.radius.RadiusEvents.towerRouter;
import static io.ispflow.radius.RadiusEvents.towerRouterMoved;
import static org.assertj.core.api.Assertions.assertThat;

/** A router is a RADIUS client: a nas row found by the tunnel address its packets come from. */
public interface RouterNasContract extends RadiusTablesFixture {

    @Test
    default void routerBecomesANasNamedByItsTunnelAddress() {
        apply(coreRouter());

        assertThat(rows("SELECT nasname, shortname, type, secret, description FROM nas"))
                .containsExactly("10.100.0.2 core-1 other s3cret-core-1 Core router");
    }

    @Test
    default void routerWithoutDescriptionIsDescribedByItsSite() {
        apply(towerRouter());

        assertThat(rows("SELECT description FROM nas WHERE nasname = '10.100.0.3'")).containsExactly("North tower");
    }

    /** On MariaDB too, whose default character set (latin1 before 11.6) would refuse it and stop the projector. */
    @Test
    default void aDescriptionInAnyScriptIsKeptAsWritten() {
        apply(router("core-9", "Узел связи", "Стойка 2, 机架 📡", "10.100.0.9"));

        assertThat(rows("SELECT description FROM nas WHERE nasname = '10.100.0.9'")).containsExactly("Стойка 2, 机架 📡");
    }

    @Test
    default void nasColumnsIspflowDoesNotKnowKeepTheirSchemaDefaults() {
        apply(coreRouter());

        assertThat(rows("SELECT ports, server, community FROM nas")).containsExactly("null null null");
    }

    @Test
    default void aTunnelAddressHoldsOneNasRow() {
        apply(coreRouter(), coreRouter());
        apply(router("core-2", "Main POP", "Replacement", "10.100.0.2"));

        assertThat(rows("SELECT nasname, shortname FROM nas")).containsExactly("10.100.0.2 core-2");
    }

    @Test
    default void anUpdatedRouterKeepsItsNasRowWithTheNewNameAndDescription() {
        apply(coreRouter(), towerRouter(), coreRouterRenamed());

        assertThat(rows("SELECT nasname, shortname, type, secret, description FROM nas ORDER BY nasname"))
                .containsExactly("10.100.0.2 core-1a other s3cret-core-1 Core router, rack 2",
                        "10.100.0.3 tower-north other s3cret-tower-north North tower");
    }

    @Test
    default void anUpdatedRouterWithoutDescriptionIsDescribedByItsNewSite() {
        apply(towerRouter(), towerRouterMoved());

        assertThat(rows("SELECT description FROM nas WHERE nasname = '10.100.0.3'"))
                .containsExactly("North tower, mast 2");
    }

    @Test
    default void aRotatedSecretReplacesTheOldOne() {
        apply(coreRouter(), towerRouter(), coreSecretRotated());

        assertThat(rows("SELECT nasname, secret FROM nas ORDER BY nasname"))
                .containsExactly("10.100.0.2 n3w-s3cret-core-1", "10.100.0.3 s3cret-tower-north");
    }

    @Test
    default void aDecommissionedRouterLeavesNothingBehind() {
        apply(coreRouter(), towerRouter(), coreSecretRotated(), coreDecommissioned());

        assertThat(rows("SELECT nasname FROM nas")).containsExactly("10.100.0.3");
        assertThat(rows("SELECT nasname FROM router_nas")).containsExactly("10.100.0.3");
    }

    @Test
    default void aDecommissionedRoutersAddressServesTheNextRouter() {
        apply(coreRouter(), coreDecommissioned(), router("core-2", "Main POP", "Replacement", "10.100.0.2"));

        assertThat(rows("SELECT nasname, shortname, secret FROM nas")).containsExactly("10.100.0.2 core-2 s3cret-core-2");
    }

    @Test
    default void eventsOfADecommissionedRouterReplayedLateChangeNothing() {
        apply(coreRouter(), coreDecommissioned(), coreRouterRenamed(), coreSecretRotated(), coreDecommissioned());

        assertThat(rows("SELECT nasname FROM nas")).isEmpty();
        assertThat(rows("SELECT nasname FROM router_nas")).isEmpty();
    }

    /** What a CoA or Disconnect request needs of its router: where to send it, and the secret to sign it with. */
    @Test
    default void anActiveRoutersAddressAndCurrentSecretAreAnswered() throws Exception {
        apply(coreRouter(), towerRouter(), coreSecretRotated());

        assertThat(new RadiusClients(radius()).of(CORE))
                .contains(new RadiusClient(CORE, InetAddress.getByName("10.100.0.2"), "n3w-s3cret-core-1"));
    }

    @Test
    default void aDecommissionedRouterIsNoLongerAnswered() {
        apply(coreRouter(), coreDecommissioned());

        assertThat(new RadiusClients(radius()).of(CORE)).isEmpty();
    }
}
