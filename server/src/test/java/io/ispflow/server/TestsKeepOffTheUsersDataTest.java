package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The user's own server keeps its data in {@code ~/.ispflow} and listens on 15432: no test may touch
 * either, even when that server is not running. The build gives the tests a home and a port of their
 * own, and {@link EmbeddedDefaultGuard} stops any test server that would reach the default anyway.
 */
class TestsKeepOffTheUsersDataTest {

    static final Path USERS_OWN = Path.of(System.getenv("HOME"), ".ispflow");

    @Test
    void theEmbeddedDefaultOfATestJvmResolvesOutsideTheUsersHomeAndPort() {
        StandardEnvironment environment = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(environment);

        Path dataDir = Path.of(environment.getRequiredProperty("ispflow.embedded.data-dir")).toAbsolutePath().normalize();

        assertThat(dataDir.startsWith(USERS_OWN.toAbsolutePath().normalize())).as("%s is the user's own", dataDir).isFalse();
        assertThat(dataDir.startsWith(Path.of("target").toAbsolutePath())).as("%s is under target/", dataDir).isTrue();
        assertThat(environment.getRequiredProperty("ispflow.embedded.port", Integer.class)).isZero();
    }

    @Test
    void aTestServerIsStoppedBeforeItReachesTheUsersDataDirectory() {
        MockEnvironment users = embedded(USERS_OWN.resolve("embedded-postgres").toString(), 0);

        assertThatThrownBy(() -> new EmbeddedDefaultGuard().postProcessEnvironment(users, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(USERS_OWN.toString());
    }

    @Test
    void aTestServerIsStoppedBeforeItReachesTheDefaultsPlaceUnderTheTestsHome() {
        MockEnvironment implicit = embedded(Path.of("target", "some-home", ".ispflow", "embedded-postgres").toString(), 0)
                .withProperty("user.home", Path.of("target", "some-home").toAbsolutePath().toString());

        assertThatThrownBy(() -> new EmbeddedDefaultGuard().postProcessEnvironment(implicit, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTestServerIsStoppedBeforeItTakesTheUsersPort() {
        MockEnvironment usersPort = embedded("target/guard-test", EmbeddedDefaultGuard.DEFAULT_PORT);

        assertThatThrownBy(() -> new EmbeddedDefaultGuard().postProcessEnvironment(usersPort, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("15432");
    }

    @Test
    void aTestServerWithADatabaseOrAnEmbeddedDirectoryOfItsOwnStarts() {
        MockEnvironment ownDirectory = embedded("target/guard-test", 0);
        MockEnvironment database = embedded(USERS_OWN.resolve("embedded-postgres").toString(), EmbeddedDefaultGuard.DEFAULT_PORT)
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/ispflow_guard");

        assertThatCode(() -> new EmbeddedDefaultGuard().postProcessEnvironment(ownDirectory, null)).doesNotThrowAnyException();
        assertThatCode(() -> new EmbeddedDefaultGuard().postProcessEnvironment(database, null)).doesNotThrowAnyException();
    }

    private static MockEnvironment embedded(String dataDir, int port) {
        return new MockEnvironment().withProperty("ispflow.embedded.data-dir", dataDir)
                .withProperty("ispflow.embedded.port", Integer.toString(port));
    }
}
