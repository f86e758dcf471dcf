package io.ispflow.command.router;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.MarkRouterOffline;
import io.ispflow.kernel.router.RecordRouterSignOfLife;
import io.ispflow.kernel.router.RouterCameOnline;
import io.ispflow.kernel.router.RouterDecommissionedException;
import io.ispflow.kernel.router.RouterWentOffline;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.ispflow.command.router.RouterTest.CORE_1;
import static io.ispflow.command.router.RouterTest.OTHER_TENANT;
import static io.ispflow.command.router.RouterTest.TENANT;
import static io.ispflow.command.router.RouterTest.decommissioned;
import static io.ispflow.command.router.RouterTest.registered;

/**
 * The router's own rule for its health transitions, whatever its live row says: it comes online only when it is not
 * ONLINE, goes offline only when it is, and a decommissioned router has no health. The live row's lock decides when
 * to ask ({@code RouterHealthTest}, {@code SeparateProcessesTest}); here the asking is stood in for by a handler that
 * loads the router as {@link RouterSignsOfLife} does.
 */
class RouterHealthTransitionsTest {

    static final Instant SEEN = Instant.parse("2026-12-04T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-04T10:05:00Z");

    AggregateTestFixture<Router> fixture;

    /** Asks the router, as the sign-of-life handler does once the row says the health changes. */
    class Asking {
        @CommandHandler
        void handle(RecordRouterSignOfLife cmd) {
            fixture.getRepository().load(cmd.routerId().toString())
                   .execute(router -> router.cameOnline(cmd.tenantId(), cmd.routerId(), cmd.seenAt()));
        }

        @CommandHandler
        void handle(MarkRouterOffline cmd) {
            fixture.getRepository().load(cmd.routerId().toString()).execute(router -> router.wentOffline(cmd.silentSince(), cmd.noticedAt()));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Router.class);
        fixture.registerAnnotatedCommandHandler(new Asking());
    }

    static RecordRouterSignOfLife seen(TenantId tenant, Instant at) {
        return new RecordRouterSignOfLife(CORE_1, tenant, at, null);
    }

    @Test
    void aRouterNeverSeenComesOnline() {
        fixture.given(registered())
               .when(seen(TENANT, SEEN))
               .expectEvents(new RouterCameOnline(CORE_1, TENANT, SEEN));
    }

    @Test
    void anOnlineRouterRecordsNothingMoreWhenSeenAgain() {
        fixture.given(registered(), new RouterCameOnline(CORE_1, TENANT, SEEN))
               .when(seen(TENANT, LATER))
               .expectNoEvents();
    }

    @Test
    void anOnlineRouterGoesOfflineOnce() {
        fixture.given(registered(), new RouterCameOnline(CORE_1, TENANT, SEEN))
               .when(new MarkRouterOffline(CORE_1, TENANT, SEEN, LATER))
               .expectEvents(new RouterWentOffline(CORE_1, TENANT, SEEN, LATER));
        fixture.given(registered(), new RouterCameOnline(CORE_1, TENANT, SEEN), new RouterWentOffline(CORE_1, TENANT, SEEN, LATER))
               .when(new MarkRouterOffline(CORE_1, TENANT, SEEN, LATER))
               .expectNoEvents();
    }

    @Test
    void anOfflineRouterComesBackOnline() {
        fixture.given(registered(), new RouterCameOnline(CORE_1, TENANT, SEEN), new RouterWentOffline(CORE_1, TENANT, SEEN, LATER))
               .when(seen(TENANT, LATER))
               .expectEvents(new RouterCameOnline(CORE_1, TENANT, LATER));
    }

    @Test
    void aRouterNeverSeenDoesNotGoOffline() {
        fixture.given(registered())
               .when(new MarkRouterOffline(CORE_1, TENANT, SEEN, LATER))
               .expectNoEvents();
    }

    @Test
    void aDecommissionedRouterNeitherComesOnlineNorGoesOffline() {
        fixture.given(registered(), decommissioned())
               .when(seen(TENANT, SEEN))
               .expectException(RouterDecommissionedException.class)
               .expectNoEvents();
        fixture.given(registered(), new RouterCameOnline(CORE_1, TENANT, SEEN), decommissioned())
               .when(new MarkRouterOffline(CORE_1, TENANT, SEEN, LATER))
               .expectNoEvents();
    }

    @Test
    void anotherTenantsSignOfLifeIsRefusedAsAnUnknownRouter() {
        fixture.given(registered())
               .when(seen(OTHER_TENANT, SEEN))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
