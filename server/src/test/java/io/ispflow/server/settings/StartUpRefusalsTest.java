package io.ispflow.server.settings;

import io.ispflow.kernel.InvalidSettingException;
import io.ispflow.kernel.privacy.MasterKey;
import io.ispflow.server.IspflowApplication;
import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Settings a server must not run with stop its start with what is wrong and what to do, instead of a
 * stack trace, or of a server that reports ready and then fails every request that needs them.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpRefusalsTest {

    private static final String APP = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_refusals");
    private static final String RADIUS = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_refusals_radius");
    /** A database of its own, whose first start records its key: the other tests' starts record the tests' key. */
    private static final String KEYED = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_refusals_keyed");

    @Test
    void aServerStartedWithAnotherMasterKeyThanItsDatabasesRefusesNamingTheExpectedKey(CapturedOutput output) {
        String databasesKey = MasterKey.generate();
        start(KEYED, "--ispflow.keys.master-key=" + databasesKey).close();
        String anotherKey = MasterKey.generate();

        Throwable refused = catchThrowable(() -> start(KEYED, "--ispflow.keys.master-key=" + anotherKey));

        assertThat(refused).hasRootCauseInstanceOf(InvalidSettingException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "ISPFLOW_MASTER_KEY",
                "Start with the master key of id " + MasterKey.fromBase64(databasesKey).id())
                .doesNotContain(databasesKey, anotherKey);
        start(KEYED, "--ispflow.keys.master-key=" + databasesKey).close();
    }

    @Test
    void anEmbeddedServerStartedWithAnotherMasterKeyThanItsFileRefusesAndLeavesItsDatabaseStartable(CapturedOutput output) {
        FileSystemUtils.deleteRecursively(Path.of("target", "refusals-embedded").toFile());
        String[] embedded = {"--spring.datasource.url=", "--ispflow.radius.datasource.url=", "--ispflow.embedded.port=0",
                "--ispflow.embedded.data-dir=target/refusals-embedded/data"};
        start(embedded, "--ispflow.keys.master-key=").close();
        String anotherKey = MasterKey.generate();

        Throwable refused = catchThrowable(() -> start(embedded, "--ispflow.keys.master-key=" + anotherKey));

        assertThat(refused).hasRootCauseInstanceOf(InvalidSettingException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "Start with the master key of id " + MasterKey.fromBase64(
                readString(Path.of("target", "refusals-embedded", "data.master-key"))).id());
        start(embedded, "--ispflow.keys.master-key=").close();
    }

    @Test
    void aTunnelSubnetWithoutPrefixLengthIsRefusedNamingTheSetting(CapturedOutput output) {
        assertThatThrownBy(() -> start(APP, "--ispflow.tunnel.subnet=10.100.0.0")).hasRootCauseInstanceOf(InvalidSettingException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "ISPFLOW_TUNNEL_SUBNET", "e.g. 10.100.0.0/16")
                .doesNotContain("ArrayIndexOutOfBounds");
    }

    @Test
    void theExamplesJwtSecretIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start(APP, "--ispflow.jwt.secret=change-me-to-32-or-more-random-characters"))
                .hasRootCauseInstanceOf(InvalidSettingException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "ISPFLOW_JWT_SECRET", "placeholder");
    }

    @Test
    void theExamplesAllZeroMasterKeyIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start(APP, "--ispflow.keys.master-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .hasRootCauseInstanceOf(InvalidSettingException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "ISPFLOW_MASTER_KEY", "openssl rand -base64 32");
    }

    private static ConfigurableApplicationContext start(String database, String... settings) {
        return start(new String[]{"--spring.datasource.url=" + database, "--spring.datasource.username=" + TestDatabases.PG_USER,
                "--spring.datasource.password=" + TestDatabases.PG_PASSWORD,
                "--ispflow.radius.datasource.url=" + RADIUS, "--ispflow.radius.datasource.username=" + TestDatabases.PG_USER,
                "--ispflow.radius.datasource.password=" + TestDatabases.PG_PASSWORD}, settings);
    }

    private static ConfigurableApplicationContext start(String[] databases, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        arguments.addAll(List.of(databases));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(IspflowApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
