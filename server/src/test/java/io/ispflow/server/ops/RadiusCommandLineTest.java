package io.ispflow.server.ops;

import io.ispflow.radius.RadiusDataSourceProperties;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.IspflowApplication;
import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar ispflow.jar --ispflow.command=...}: one RADIUS operation, no web server, an exit code. */
@ExtendWith(OutputCaptureExtension.class)
class RadiusCommandLineTest {

    private static final String APP = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_cli");
    private static final String RADIUS = TestDatabases.freshPostgres(TestDatabases.PREFIX + "_cli_radius");

    /** Runs the jar's main as a command would, but answers the exit code instead of ending the JVM. */
    private static int run(String command) {
        ConfigurableApplicationContext context = SpringApplication.run(IspflowApplication.class, RadiusCommandLine.arguments(
                new String[]{"--ispflow.command=" + command,
                        "--spring.datasource.url=" + APP, "--spring.datasource.username=" + TestDatabases.PG_USER,
                        "--spring.datasource.password=" + TestDatabases.PG_PASSWORD,
                        "--ispflow.radius.datasource.url=" + RADIUS,
                        "--ispflow.radius.datasource.username=" + TestDatabases.PG_USER,
                        "--ispflow.radius.datasource.password=" + TestDatabases.PG_PASSWORD}));
        assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
        return SpringApplication.exit(context);
    }

    @Test
    void driftExitsWithOneAndNamesAHandAddedRowUntilARebuildRemovesIt(CapturedOutput output) {
        // opening the RADIUS database migrates it, as the first start of ispflow would
        try (RadiusDatabase radius = new RadiusDatabase(
                new RadiusDataSourceProperties(RADIUS, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD))) {
            radius.jdbcTemplate().update("INSERT INTO radcheck (username, attribute, op, value) "
                    + "VALUES ('stray', 'Cleartext-Password', ':=', 'let-me-in')");
        }
        assertThat(run("radius-drift")).isEqualTo(1);
        assertThat(output).contains("radcheck\tstray\tCleartext-Password\texpected: null\tactual: (differs)")
                .contains("1 differences").doesNotContain("let-me-in");

        assertThat(run("radius-rebuild")).isZero();
        assertThat(output).contains("radius-rebuild SUCCEEDED");
        assertThat(run("radius-drift")).isZero();
        assertThat(output).contains("0 differences");
    }
}
