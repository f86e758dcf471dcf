package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.InMemorySubjectKeys;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.router.RouterApiTokenRotated;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDecommissionedException;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The setup script's connection, given the router's events: what the router says now, or the refusal a command would get. */
class RouterConnectionsTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final RouterId CORE_1 = RouterId.random();
    static final Ipv4Address ADDRESS = Ipv4Address.parse("10.100.0.2");
    static final RouterDetails DETAILS = new RouterDetails("core-1", "Main street POP", null);
    static final RouterDetails RENAMED = new RouterDetails("core-1b", "Main street POP", null);
    static final String API_TOKEN = "ApiToken0123456789abcdefghijklmnopqrstuv";

    PersonalDataVault vault = new PersonalDataVault(new InMemorySubjectKeys());
    EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    RouterConnections connections = new RouterConnections(
            EventSourcingRepository.builder(Router.class).eventStore(events).build(), vault);

    @AfterEach
    void noUnitOfWorkIsLeftOpen() {
        assertThat(CurrentUnitOfWork.isStarted()).isFalse();
    }

    @Test
    void aRegisteredRouterConnectsWithItsAddressSecretAndApiToken() {
        given(registered("FirstSecret0123456789abc"));

        RouterConnection connection = connections.current(CORE_1, TENANT);

        assertThat(connection).isEqualTo(new RouterConnection(DETAILS, ADDRESS, "FirstSecret0123456789abc", API_TOKEN));
    }

    @Test
    void theConnectionHasTheNewestDetailsSecretAndApiToken() {
        given(registered("FirstSecret0123456789abc"), new RouterUpdated(CORE_1, TENANT, RENAMED),
                new RouterSecretRotated(CORE_1, TENANT, vault.seal(CORE_1.value(), "NewSecret0123456789abcde")),
                new RouterApiTokenRotated(CORE_1, TENANT, vault.seal(CORE_1.value(), "NewToken0123456789abcdefghijklmnopqrstuv")));

        assertThat(connections.current(CORE_1, TENANT)).isEqualTo(new RouterConnection(RENAMED, ADDRESS,
                "NewSecret0123456789abcde", "NewToken0123456789abcdefghijklmnopqrstuv"));
    }

    @Test
    void anotherTenantsRouterIsUnknown() {
        given(registered("FirstSecret0123456789abc"));

        assertThatThrownBy(() -> connections.current(CORE_1, TenantId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRouterWithoutEventsIsUnknown() {
        assertThatThrownBy(() -> connections.current(CORE_1, TENANT)).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void aDecommissionedRouterHasNoWorkingSecret() {
        given(registered("FirstSecret0123456789abc"), new RouterDecommissioned(CORE_1, TENANT, ADDRESS));

        assertThatThrownBy(() -> connections.current(CORE_1, TENANT)).isInstanceOf(RouterDecommissionedException.class);
    }

    @Test
    void readingAppendsNothing() {
        given(registered("FirstSecret0123456789abc"));

        connections.current(CORE_1, TENANT);

        assertThat(events.readEvents(CORE_1.toString()).asStream().count()).isEqualTo(1);
    }

    private RouterRegistered registered(String secret) {
        return new RouterRegistered(CORE_1, TENANT, DETAILS, ADDRESS, vault.seal(CORE_1.value(), secret),
                vault.seal(CORE_1.value(), API_TOKEN));
    }

    private void given(Object... history) {
        for (int sequence = 0; sequence < history.length; sequence++) {
            events.publish(new GenericDomainEventMessage<>("Router", CORE_1.toString(), sequence, history[sequence]));
        }
    }
}
