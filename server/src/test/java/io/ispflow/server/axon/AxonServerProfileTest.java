package io.ispflow.server.axon;

import io.ispflow.server.IspflowApplication;
import io.ispflow.server.TestDatabases;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code axonserver} profile puts Axon Server's event store and buses in place of the JDBC event
 * store and the local buses. No Axon Server runs here: a process of the projections role starts
 * anyway, because the connector connects in the background, which this test relies on and so proves.
 * (A command role on an empty database would not: it creates the first operator by commands at start.)
 */
class AxonServerProfileTest {

    @Test
    void theAxonServerProfileUsesAxonServersEventStoreAndBusesAndNoJdbcEventStorage() throws IOException {
        String nowhere = "127.0.0.1:" + closedPort();
        try (ConfigurableApplicationContext context = start("axonserver",
                "--ISPFLOW_AXONSERVER_SERVERS=" + nowhere, "--ispflow.roles=projections")) {
            assertThat(context.getEnvironment().getProperty("axon.axonserver.servers")).isEqualTo(nowhere);
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBeansOfType(EventStorageEngine.class).values())
                    .noneMatch(JdbcEventStorageEngine.class::isInstance);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        }
    }

    @Test
    void withoutTheProfileEventsGoToTheJdbcEventStoreAndNothingConnectsToAxonServer() {
        try (ConfigurableApplicationContext context = start(null)) {
            assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
            assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
            assertThat(context.getBean(CommandBus.class)).isNotInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isNotInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBeanNamesForType(AxonServerEventStore.class)).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String profile, String... more) {
        String name = TestDatabases.PREFIX + "_axonserver" + (profile == null ? "_off" : "_on");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + TestDatabases.freshPostgres(name),
                "--spring.datasource.username=" + TestDatabases.PG_USER,
                "--spring.datasource.password=" + TestDatabases.PG_PASSWORD,
                "--ispflow.radius.datasource.url=" + TestDatabases.freshPostgres(name + "_radius"),
                "--ispflow.radius.datasource.username=" + TestDatabases.PG_USER,
                "--ispflow.radius.datasource.password=" + TestDatabases.PG_PASSWORD));
        arguments.addAll(List.of(more));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(IspflowApplication.class).web(WebApplicationType.NONE);
        if (profile != null) {
            builder.profiles(profile);
        }
        return builder.run(arguments.toArray(String[]::new));
    }

    /** A port nothing listens on: bound by the system, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
