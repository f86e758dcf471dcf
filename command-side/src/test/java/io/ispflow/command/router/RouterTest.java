package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RegisterRouter;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.TunnelPoolExhaustedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class RouterTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final RouterId CORE_1 = RouterId.random();
    static final RouterDetails CORE_1_DETAILS = new RouterDetails("core-1", "Main street POP", "CCR2004");
    static final Ipv4Address FIRST_ROUTER_ADDRESS = Ipv4Address.parse("10.100.0.2");

    AggregateTestFixture<Router> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Router.class);
        fixture.registerInjectableResource(new RouterSecrets());
    }

    @Test
    void aRegisteredRouterGetsTheLowestFreeTunnelAddressAndFreshSecrets() {
        fixture.registerInjectableResource((TunnelAddressPool) routerId -> FIRST_ROUTER_ADDRESS);

        fixture.givenNoPriorActivity()
               .when(new RegisterRouter(CORE_1, TENANT, CORE_1_DETAILS))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate((RouterRegistered e) ->
                       e.routerId().equals(CORE_1)
                               && e.tenantId().equals(TENANT)
                               && e.details().equals(CORE_1_DETAILS)
                               && e.tunnelAddress().equals(FIRST_ROUTER_ADDRESS)
                               && e.radiusSecret().matches("[A-Za-z0-9]{24}")
                               && e.apiToken().matches("[A-Za-z0-9]{40}")), andNoMore())));
    }

    @Test
    void aFullTunnelPoolRefusesTheRouterAndRecordsNothing() {
        fixture.registerInjectableResource((TunnelAddressPool) routerId -> {
            throw new TunnelPoolExhaustedException();
        });

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
}
