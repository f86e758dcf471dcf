package io.ispflow.server;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Stops any server a test starts in this JVM (or a child JVM on the test class path) before it
 * reaches the embedded default's own data directory or port: a test that means to run on the
 * embedded PostgreSQL names a directory of its own and port 0, as {@link EmbeddedDefaultTest} does.
 * Runs just before {@code EmbeddedPostgresEnvironment}, which would start the database.
 */
public class EmbeddedDefaultGuard implements EnvironmentPostProcessor, Ordered {

    static final int DEFAULT_PORT = 15432;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            return;
        }
        Path dataDir = Path.of(environment.getRequiredProperty("ispflow.embedded.data-dir")).toAbsolutePath().normalize();
        int port = environment.getRequiredProperty("ispflow.embedded.port", Integer.class);
        if (defaultLocations(environment).anyMatch(dataDir::startsWith) || port == DEFAULT_PORT) {
            throw new IllegalStateException("a test would start the embedded PostgreSQL in " + dataDir + " on port " + port
                    + ": the embedded default's own place, the user's data outside the build; give the test a database (spring.datasource.url, in its @SpringBootTest "
                    + "properties, not a DynamicPropertySource, which comes too late), or a data directory of its own "
                    + "(ispflow.embedded.data-dir under target/) and ispflow.embedded.port=0");
        }
    }

    /** The default's {@code ~/.ispflow}, under the real home and under the home the build gives the tests. */
    private static Stream<Path> defaultLocations(ConfigurableEnvironment environment) {
        return Stream.of(System.getenv("HOME"), environment.getProperty("user.home"))
                .filter(home -> home != null && !home.isBlank())
                .map(home -> Path.of(home, ".ispflow").toAbsolutePath().normalize());
    }
}
