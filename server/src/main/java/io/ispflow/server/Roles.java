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
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One jar, several roles: {@code ispflow.roles} picks the modules this process runs, so the same
 * artifact serves a laptop or separate command, query, projection, radius, sessions and
 * integration processes. Unset, it runs all of them, the integration role only where Kafka is configured.
 * Each role brings only what it runs: {@code query} answers from the read-model tables that
 * {@code projections} fills, and from the sessions and usage that {@code sessions} reads from the
 * accounting, so they can run in different processes.
 */
class Roles implements ImportSelector, EnvironmentAware {

    static final String INTEGRATION = "integration";
    static final String KAFKA = "ispflow.kafka.bootstrap-servers";

    static final Map<String, List<Class<?>>> MODULES = Map.of(
            "command", List.of(CommandSideConfiguration.class),
            "query", List.of(QuerySideConfiguration.class, ReadModelQueriesConfiguration.class, SessionQueriesConfiguration.class),
            "projections", List.of(ProjectionsConfiguration.class, ReadModelDeadLetters.class),
            "radius", List.of(RadiusProjectorConfiguration.class, RadiusDeadLetters.class),
            "sessions", List.of(SessionsConfiguration.class),
            INTEGRATION, List.of(IntegrationEventsConfiguration.class));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String[] selectImports(AnnotationMetadata metadata) {
        boolean kafka = !environment.getProperty(KAFKA, "").isBlank();
        String named = environment.getProperty("ispflow.roles", "");
        Set<String> roles = named.isBlank()
                ? MODULES.keySet().stream().filter(role -> kafka || !role.equals(INTEGRATION)).collect(Collectors.toSet())
                : Arrays.stream(named.split(","))
                        .map(String::strip)
                        .filter(role -> !role.isEmpty())
                        .collect(Collectors.toSet());
        roles.stream().filter(role -> !MODULES.containsKey(role)).findAny().ifPresent(role -> {
            throw new IllegalArgumentException("unknown role '" + role + "' in ispflow.roles; known: " + MODULES.keySet());
        });
        if (roles.contains(INTEGRATION) && !kafka) {
            throw new IllegalArgumentException("the integration role publishes to Kafka: set " + KAFKA);
        }
        return roles.stream().flatMap(role -> MODULES.get(role).stream()).map(Class::getName).toArray(String[]::new);
    }
}
