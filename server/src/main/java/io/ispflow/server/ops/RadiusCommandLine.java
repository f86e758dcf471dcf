package io.ispflow.server.ops;

import io.ispflow.radius.rebuild.Difference;
import io.ispflow.radius.rebuild.DriftReport;
import io.ispflow.radius.rebuild.RadiusDrift;
import io.ispflow.radius.rebuild.RebuildJob;
import io.ispflow.radius.rebuild.RebuildJobs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The command-line form of the RADIUS operations: {@code java -jar ispflow.jar --ispflow.command=radius-rebuild}
 * (or {@code radius-drift}) starts the radius role without a web server, runs the operation, prints its result
 * and exits with 0 when it succeeded (and found no drift), 1 otherwise.
 */
@Component
@ConditionalOnProperty("ispflow.command")
public class RadiusCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final String COMMAND = "--ispflow.command=";

    private final RebuildJobs jobs;
    private final RadiusDrift drift;
    private final PrintStream out = System.out;
    private int exitCode = 1;

    RadiusCommandLine(RebuildJobs jobs, RadiusDrift drift) {
        this.jobs = jobs;
        this.drift = drift;
    }

    public static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(COMMAND));
    }

    /** The arguments of a command run: the radius role only, and no web server. */
    public static String[] arguments(String[] args) {
        return Stream.concat(Stream.of("--spring.main.web-application-type=none", "--ispflow.roles=radius"),
                Arrays.stream(args)).toArray(String[]::new);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        String command = args.getOptionValues("ispflow.command").get(0);
        try {
            switch (command) {
                case "radius-rebuild" -> rebuild();
                case "radius-drift" -> drift();
                default -> out.println("unknown ispflow.command '" + command + "'; known: radius-rebuild, radius-drift");
            }
        } catch (RuntimeException e) {
            out.println(command + " failed: " + e.getMessage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void rebuild() throws InterruptedException {
        RebuildJob job = jobs.start();
        while (job.status().state() == RebuildJob.State.RUNNING) {
            Thread.sleep(200);
        }
        RebuildJob.Status status = job.status();
        out.println("radius-rebuild " + status.state() + ": " + status.processed() + " events in "
                + Duration.between(status.startedAt(), status.finishedAt()).toMillis() + " ms"
                + (status.error() == null ? "" : "; " + status.error()));
        exitCode = status.state() == RebuildJob.State.SUCCEEDED ? 0 : 1;
    }

    private void drift() {
        DriftReport report = drift.check();
        for (Difference difference : report.differences()) {
            out.println(difference.table() + "\t" + difference.key() + "\t" + difference.attribute()
                    + "\texpected: " + difference.expected() + "\tactual: " + difference.actual());
        }
        out.println("radius-drift at " + report.checkedAt() + ": " + report.differences().size() + " differences");
        exitCode = report.differences().isEmpty() ? 0 : 1;
    }
}
