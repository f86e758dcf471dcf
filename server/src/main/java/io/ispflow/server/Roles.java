package io.ispflow.server;

import io.ispflow.command.CommandSideConfiguration;
import io.ispflow.projection.ProjectionsConfiguration;
import io.ispflow.query.QuerySideConfiguration;
import io.ispflow.radius.RadiusProjectorConfiguration;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One jar, several roles: {@code ispflow.roles} (default all four) picks the modules this process
 * runs, so the same artifact serves a laptop or separate command, query, projection and radius
 * processes.
 */
class Roles implements ImportSelector, EnvironmentAware {

    static final Map<String, Class<?>> MODULES = Map.of(
            "command", CommandSideConfiguration.class,
            "query", QuerySideConfiguration.class,
            "projections", ProjectionsConfiguration.class,
            "radius", RadiusProjectorConfiguration.class);

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
        return roles.stream().map(role -> MODULES.get(role).getName()).toArray(String[]::new);
    }
}
