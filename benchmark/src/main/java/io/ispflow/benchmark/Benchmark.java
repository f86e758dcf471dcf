package io.ispflow.benchmark;

import io.ispflow.benchmark.server.ServerLaunch;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ispflow's benchmark program (issue 8): starts servers of its own on loopback, loads them, and writes
 * {@code report.md} in its work directory. Run from the repository root; {@code --help} lists the options.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--help")) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        Path report = run(args);
        System.out.println("report: " + report.toAbsolutePath());
    }

    /** Runs the benchmark the options describe; answers the report's path. */
    public static Path run(String... args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Path freeRadius = freeRadiusConfiguration();
        ServerLaunch launch = options.serverClasspath().isBlank()
                ? ServerLaunch.fromJar(options.serverJar(), ownJar())
                : ServerLaunch.fromClasspath(options.serverClasspath());
        return new BenchmarkRun(options, launch, freeRadius).run().write(options.workDir().resolve("report.md"));
    }

    /** The repository's freeradius/ directory, found from the working directory up (a module's tests run below it). */
    private static Path freeRadiusConfiguration() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("freeradius/radiusd.conf"))) {
                return dir.resolve("freeradius");
            }
        }
        throw new IllegalStateException("no freeradius/radiusd.conf above " + Path.of("").toAbsolutePath()
                + ": run the benchmark in the repository");
    }

    /** The benchmark's own jar (or classes directory): the server loads its probe from there. */
    private static Path ownJar() throws URISyntaxException {
        return Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
