package io.ispflow.radius;

import org.junit.jupiter.api.Test;

import static io.ispflow.radius.RadiusEvents.coreRouter;
import static io.ispflow.radius.RadiusEvents.router;
import static io.ispflow.radius.RadiusEvents.towerRouter;
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
}
