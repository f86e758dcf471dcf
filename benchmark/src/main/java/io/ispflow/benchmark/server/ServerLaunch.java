package io.ispflow.benchmark.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start ispflow's server with the benchmark's probe in it: the built server jar, with the
 * benchmark jar on Spring Boot's {@code loader.path}; or, for the smoke run, a class path holding both.
 */
public record ServerLaunch(List<String> classpathAndMain) {

    private static final String SERVER_MAIN = "io.ispflow.server.IspflowApplication";
    private static final String BOOT_PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    public static ServerLaunch fromJar(Path serverJar, Path probe) {
        if (!serverJar.toFile().isFile()) {
            throw new IllegalArgumentException(serverJar + " is missing: build it first (mvn -q -DskipTests package)");
        }
        return new ServerLaunch(List.of("-Dloader.path=" + probe.toAbsolutePath(), "-cp", serverJar.toAbsolutePath().toString(),
                BOOT_PROPERTIES_LAUNCHER));
    }

    public static ServerLaunch fromClasspath(String classpath) {
        return new ServerLaunch(List.of("-cp", classpath, SERVER_MAIN));
    }

    /** The java command line with {@code jvmOptions} before the main class. */
    List<String> command(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(classpathAndMain);
        return command;
    }
}
