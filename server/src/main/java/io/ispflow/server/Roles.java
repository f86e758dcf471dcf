package io.ispflow.server;

import io.ispflow.command.CommandSideConfiguration;
import io.ispflow.projection.ProjectionsConfiguration;
import io.ispflow.projection.ReadModelQueriesConfiguration;
import io.ispflow.query.QuerySideConfiguration;
import io.ispflow.radius.RadiusProjectorConfiguration;
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
 * One jar, several roles: {@code ispflow.roles} (default all four) picks the modules this process
 * runs, so the same artifact serves a laptop or separate command, query, projection and radius
 * processes. Each role brings only what it runs: {@code query} answers from the read-model tables
 * that {@code projections} fills, so the two can run in different processes.
 */
class Roles implements ImportSelector, EnvironmentAware {

    static final Map<String, List<Class<?>>> MODULES = Map.of(
            "command", List.of(CommandSideConfiguration.class),
            "query", List.of(QuerySideConfiguration.class, ReadModelQueriesConfiguration.class),
            "projections", List.of(ProjectionsConfiguration.class),
            "radius", List.of(RadiusProjectorConfiguration.class));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String[] selectImports(AnnotationMetadata metadata) {
        Set<String> roles = Arrays.stream(environment.getProperty("ispflow.roles", String.join(",", MODULES.keySet()))
                                                     .split(","))
                                  .map(String::strip)
                                  .filter(role -> !role.isEmpty())
                                  .collect(Collectors.toSet());
        roles.stream().filter(role -> !MODULES.containsKey(role)).findAny().ifPresent(role -> {
            throw new IllegalArgumentException("unknown role '" + role + "' in ispflow.roles; known: " + MODULES.keySet());
        });
        return roles.stream().flatMap(role -> MODULES.get(role).stream()).map(Class::getName).toArray(String[]::new);
    }
}
