package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.DecommissionRouter;
import io.ispflow.kernel.router.RecordRouterWireGuardKey;
import io.ispflow.kernel.router.RegisterRouter;
import io.ispflow.kernel.router.RotateRouterSecret;
import io.ispflow.kernel.router.RouterApiTokenRotated;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDecommissionedException;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.kernel.router.TunnelPoolExhaustedException;
import io.ispflow.kernel.router.RouterWireGuardKeyRecorded;
import io.ispflow.kernel.router.UpdateRouter;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.router.WireGuardKeySource;
import io.ispflow.kernel.router.WireGuardKeyTakenException;
import io.ispflow.kernel.privacy.InMemorySubjectKeys;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ispflow.command.SealedEvents.clear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class RouterTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final TenantId OTHER_TENANT = TenantId.of(UUID.randomUUID());
    static final RouterId CORE_1 = RouterId.random();
    static final RouterDetails CORE_1_DETAILS = new RouterDetails("core-1", "Main street POP", "CCR2004");
    static final RouterDetails MOVED_DETAILS = new RouterDetails("core-1", "Station road POP", "CCR2004");
    static final Ipv4Address FIRST_ROUTER_ADDRESS = Ipv4Address.parse("10.100.0.2");
    static final String FIRST_SECRET = "FirstSecret0123456789abc";
    static final String FIRST_API_TOKEN = "ApiToken0123456789abcdefghijklmnopqrstuv";
    static final WireGuardKey ROUTER_KEY = WireGuardKey.of("1puXePnOFco9KimpTP86kRgHpWxKlbsdJib1vJeaG3c=");
    static final WireGuardKey NEW_KEY = WireGuardKey.of("UCdN6xFiRvOVzR5CJiKSbAw7TobS/qtkzvOubS3xLCI=");

    AggregateTestFixture<Router> fixture;
    FakePool pool = new FakePool();
    PersonalDataVault vault = new PersonalDataVault(new InMemorySubjectKeys());

    /** Hands out one address, or none when full, and remembers which routers gave theirs back. */
    static class FakePool implements TunnelAddressPool {
        boolean full;
        final List<RouterId> released = new ArrayList<>();

        @Override
        public Ipv4Address allocate(RouterId routerId) {
            if (full) {
                throw new TunnelPoolExhaustedException();
            }
            return FIRST_ROUTER_ADDRESS;
        }

        @Override
        public void release(RouterId routerId) {
            released.add(routerId);
        }
    }

    /** Keys by the router that claimed them, as wireguard_key_claim holds them. */
    static class FakeKeys implements WireGuardKeyRegistry {
        final Map<WireGuardKey, RouterId> claims = new HashMap<>();

        @Override
        public void claim(WireGuardKey key, RouterId routerId) {
            release(routerId);
            if (claims.putIfAbsent(key, routerId) != null) {
                throw new WireGuardKeyTakenException(key);
            }
        }

        @Override
        public void release(RouterId routerId) {
            claims.values().removeIf(routerId::equals);
        }
    }

    FakeKeys keys = new FakeKeys();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Router.class);
        fixture.registerInjectableResource(new RouterSecrets());
        fixture.registerInjectableResource(pool);
        fixture.registerInjectableResource(keys);
        fixture.registerInjectableResource(vault);
    }

    static RouterRegistered registered() {
        return new RouterRegistered(CORE_1, TENANT, CORE_1_DETAILS, FIRST_ROUTER_ADDRESS, clear(FIRST_SECRET),
                clear(FIRST_API_TOKEN));
    }

    static RouterWireGuardKeyRecorded keyRecorded(WireGuardKey key) {
        return new RouterWireGuardKeyRecorded(CORE_1, TENANT, key, WireGuardKeySource.ROUTER);
    }

    static RouterDecommissioned decommissioned() {
        return new RouterDecommissioned(CORE_1, TENANT, FIRST_ROUTER_ADDRESS);
    }

    @Test
    void aRegisteredRouterGetsTheLowestFreeTunnelAddressAndFreshSecrets() {
        fixture.givenNoPriorActivity()
               .when(new RegisterRouter(CORE_1, TENANT, CORE_1_DETAILS))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate((RouterRegistered e) ->
                       e.routerId().equals(CORE_1)
                               && e.tenantId().equals(TENANT)
                               && e.details().equals(CORE_1_DETAILS)
                               && e.tunnelAddress().equals(FIRST_ROUTER_ADDRESS)
                               && opened(e.radiusSecret()).matches("[A-Za-z0-9]{24}")
                               && opened(e.apiToken()).matches("[A-Za-z0-9]{40}")), andNoMore())));
    }

    @Test
    void aFullTunnelPoolRefusesTheRouterAndRecordsNothing() {
        pool.full = true;

        fixture.givenNoPriorActivity()
               .when(new RegisterRouter(CORE_1, TENANT, CORE_1_DETAILS))
               .expectException(TunnelPoolExhaustedException.class)
               .expectNoEvents();
    }

    @Test
    void everyRouterGetsDifferentSecrets() {
        RouterSecrets secrets = new RouterSecrets();
        List<String> generated = List.of(secrets.radiusSecret(), secrets.radiusSecret(), secrets.apiToken());
        assertThat(generated).doesNotHaveDuplicates();
    }

    @Test
    void aRouterTakesNewDetails() {
        fixture.given(registered())
               .when(new UpdateRouter(CORE_1, TENANT, MOVED_DETAILS))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RouterUpdated(CORE_1, TENANT, MOVED_DETAILS));
    }

    @Test
    void updatingToTheSameDetailsRecordsNothing() {
        fixture.given(registered())
               .when(new UpdateRouter(CORE_1, TENANT, new RouterDetails(" core-1 ", "Main street POP", "CCR2004")))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    /** Both are in the setup script, so a rotation after a leak leaves the leaked script worth nothing. */
    @Test
    void aRotationReplacesTheRadiusSecretAndTheApiTokenWithFreshOnes() {
        fixture.given(registered())
               .when(new RotateRouterSecret(CORE_1, TENANT))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       predicate((Object e) -> e instanceof RouterSecretRotated secret && secret.routerId().equals(CORE_1)
                               && opened(secret.radiusSecret()).matches("[A-Za-z0-9]{24}")
                               && !opened(secret.radiusSecret()).equals(FIRST_SECRET)),
                       predicate((Object rotated) -> rotated instanceof RouterApiTokenRotated e
                               && e.routerId().equals(CORE_1) && e.tenantId().equals(TENANT)
                               && e.apiToken().text().startsWith("aesgcm1:")
                               && opened(e.apiToken()).matches("[A-Za-z0-9]{40}")
                               && !opened(e.apiToken()).equals(FIRST_API_TOKEN)),
                       andNoMore())));
    }

    @Test
    void anOperatorRecordsTheRoutersWireGuardKey() {
        fixture.given(registered())
               .when(new RecordRouterWireGuardKey(CORE_1, TENANT, ROUTER_KEY, WireGuardKeySource.OPERATOR))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RouterWireGuardKeyRecorded(CORE_1, TENANT, ROUTER_KEY, WireGuardKeySource.OPERATOR));

        assertThat(keys.claims).containsEntry(ROUTER_KEY, CORE_1);
    }

    @Test
    void theRouterRecordsANewKeyInPlaceOfTheOldOne() {
        fixture.given(registered(), keyRecorded(ROUTER_KEY))
               .when(new RecordRouterWireGuardKey(CORE_1, TENANT, NEW_KEY, WireGuardKeySource.ROUTER))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RouterWireGuardKeyRecorded(CORE_1, TENANT, NEW_KEY, WireGuardKeySource.ROUTER));

        assertThat(keys.claims).containsExactly(Map.entry(NEW_KEY, CORE_1));
    }

    /** The setup script may run again, and send the same key again. */
    @Test
    void theSameKeyAgainRecordsNothing() {
        fixture.given(registered(), keyRecorded(ROUTER_KEY))
               .when(new RecordRouterWireGuardKey(CORE_1, TENANT, ROUTER_KEY, WireGuardKeySource.ROUTER))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aKeyAnotherRouterHasIsRefused() {
        keys.claims.put(ROUTER_KEY, RouterId.random());

        fixture.given(registered())
               .when(new RecordRouterWireGuardKey(CORE_1, TENANT, ROUTER_KEY, WireGuardKeySource.ROUTER))
               .expectException(WireGuardKeyTakenException.class)
               .expectNoEvents();
    }

    @Test
    void aDecommissionedRouterTakesNoKey() {
        fixture.given(registered(), decommissioned())
               .when(new RecordRouterWireGuardKey(CORE_1, TENANT, ROUTER_KEY, WireGuardKeySource.ROUTER))
               .expectException(RouterDecommissionedException.class)
               .expectNoEvents();

        assertThat(keys.claims).isEmpty();
    }

    @Test
    void anotherTenantCannotRecordTheRoutersKey() {
        fixture.given(registered())
               .when(new RecordRouterWireGuardKey(CORE_1, OTHER_TENANT, ROUTER_KEY, WireGuardKeySource.OPERATOR))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void decommissioningFreesTheRoutersKey() {
        keys.claims.put(ROUTER_KEY, CORE_1);

        fixture.given(registered(), keyRecorded(ROUTER_KEY))
               .when(new DecommissionRouter(CORE_1, TENANT))
               .expectEvents(decommissioned());

        assertThat(keys.claims).isEmpty();
    }

    @Test
    void theSecretsAreSealedWithTheRoutersKey() {
        fixture.givenNoPriorActivity()
               .when(new RegisterRouter(CORE_1, TENANT, CORE_1_DETAILS))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate((RouterRegistered e) ->
                       e.radiusSecret().text().startsWith("aesgcm1:") && e.apiToken().text().startsWith("aesgcm1:")
                               && !e.radiusSecret().text().contains(opened(e.radiusSecret()))), andNoMore())));
    }

    private String opened(SealedValue secret) {
        return vault.open(CORE_1.value(), secret, String.class).orElseThrow();
    }

    @Test
    void decommissioningFreesTheTunnelAddress() {
        fixture.given(registered())
               .when(new DecommissionRouter(CORE_1, TENANT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(decommissioned());

        assertThat(pool.released).containsExactly(CORE_1);
    }

    @Test
    void decommissioningTwiceRecordsNothingAndFreesNothingMore() {
        fixture.given(registered(), decommissioned())
               .when(new DecommissionRouter(CORE_1, TENANT))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();

        assertThat(pool.released).isEmpty();
    }

    @Test
    void aDecommissionedRouterCannotBeUpdated() {
        fixture.given(registered(), decommissioned())
               .when(new UpdateRouter(CORE_1, TENANT, MOVED_DETAILS))
               .expectException(RouterDecommissionedException.class)
               .expectNoEvents();
    }

    @Test
    void aDecommissionedRouterGetsNoNewSecret() {
        fixture.given(registered(), decommissioned())
               .when(new RotateRouterSecret(CORE_1, TENANT))
               .expectException(RouterDecommissionedException.class)
               .expectNoEvents();
    }

    @Test
    void anotherTenantCannotUpdateTheRouter() {
        fixture.given(registered())
               .when(new UpdateRouter(CORE_1, OTHER_TENANT, MOVED_DETAILS))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void anotherTenantCannotRotateTheSecret() {
        fixture.given(registered())
               .when(new RotateRouterSecret(CORE_1, OTHER_TENANT))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void anotherTenantCannotDecommissionTheRouter() {
        fixture.given(registered())
               .when(new DecommissionRouter(CORE_1, OTHER_TENANT))
               .expectException(NotFoundException.class)
               .expectNoEvents();

        assertThat(pool.released).isEmpty();
    }

    @Test
    void anotherTenantLearnsNothingOfADecommissionedRouter() {
        fixture.given(registered(), decommissioned())
               .when(new UpdateRouter(CORE_1, OTHER_TENANT, MOVED_DETAILS))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
