package io.ispflow.server;

import io.ispflow.command.CommandSideConfiguration;
import io.ispflow.integration.IntegrationEventsConfiguration;
import io.ispflow.projection.ProjectionsConfiguration;
import io.ispflow.projection.ReadModelQueriesConfiguration;
import io.ispflow.query.QuerySideConfiguration;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.server.deadletter.RadiusDeadLetters;
import io.ispflow.server.deadletter.ReadModelDeadLetters;
import io.ispflow.sessions.SessionsConfiguration;
import io.ispflow.sessions.query.SessionQueriesConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which modules a process runs, by {@code ispflow.roles} and whether Kafka is configured. */
class RolesTest {

    @Test
    void withNoRolesNamedAndNoKafkaEverythingButTheIntegrationRoleRuns() {
        assertThat(imports(new MockEnvironment().withProperty("ispflow.roles", "")))
                .containsExactlyInAnyOrder(CommandSideConfiguration.class.getName(), QuerySideConfiguration.class.getName(),
                        ReadModelQueriesConfiguration.class.getName(), ProjectionsConfiguration.class.getName(),
                        ReadModelDeadLetters.class.getName(), RadiusProjectorConfiguration.class.getName(),
                        RadiusDeadLetters.class.getName(), SessionsConfiguration.class.getName(),
                        SessionQueriesConfiguration.class.getName());
    }

    @Test
    void withNoRolesNamedAndKafkaConfiguredTheIntegrationRoleRunsToo() {
        assertThat(imports(new MockEnvironment().withProperty(Roles.KAFKA, "kafka-1:9092")))
                .hasSize(10).contains(IntegrationEventsConfiguration.class.getName());
    }

    @Test
    void namedRolesAreExactlyWhatRuns() {
        assertThat(imports(new MockEnvironment().withProperty("ispflow.roles", "integration, radius")
                                                .withProperty(Roles.KAFKA, "kafka-1:9092")))
                .containsExactlyInAnyOrder(IntegrationEventsConfiguration.class.getName(),
                        RadiusProjectorConfiguration.class.getName(), RadiusDeadLetters.class.getName());
        assertThat(imports(new MockEnvironment().withProperty("ispflow.roles", "command")
                                                .withProperty(Roles.KAFKA, "kafka-1:9092")))
                .containsExactly(CommandSideConfiguration.class.getName());
    }

    @Test
    void theIntegrationRoleWithoutKafkaStopsTheStart() {
        assertThatThrownBy(() -> imports(new MockEnvironment().withProperty("ispflow.roles", "command,integration")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Roles.KAFKA);
    }

    @Test
    void anUnknownRoleStopsTheStart() {
        assertThatThrownBy(() -> imports(new MockEnvironment().withProperty("ispflow.roles", "command,kafka")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role 'kafka'");
    }

    private static String[] imports(MockEnvironment environment) {
        Roles roles = new Roles();
        roles.setEnvironment(environment);
        return roles.selectImports(null);
    }
}
