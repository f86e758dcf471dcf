package io.ispflow.server.processes;

import io.ispflow.server.Api;
import io.ispflow.server.IspflowApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One ispflow server in a JVM of its own, started as production starts a role: the test JVM's
 * classpath and {@link IspflowApplication}, configured by command-line properties, or only by
 * environment variables ({@link #deployed}). Its output goes to {@code target/processes/<name>.log},
 * kept across restarts.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Path LOGS = Path.of("target", "processes");

    private final String name;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;

    ServerProcess(String name, Map<String, String> properties) {
        this(name, properties, Map.of());
    }

    private ServerProcess(String name, Map<String, String> properties, Map<String, String> environment) {
        this.name = name;
        this.properties = properties;
        this.environment = environment;
        this.log = LOGS.resolve(name + ".log");
    }

    /**
     * Configured as a deployment is, by {@code ISPFLOW_*} variables alone: the application's own
     * configuration only, not the tests' {@code config/application.properties}, which would set
     * some of the same properties itself.
     */
    static ServerProcess deployed(String name, Map<String, String> environment) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("SPRING_CONFIG_LOCATION", "classpath:/application.yml");
        return new ServerProcess(name, Map.of(), variables);
    }

    /** Launches the JVM on a free port and returns once its health endpoint answers UP. */
    ServerProcess start() {
        port = freePort();
        try {
            Files.createDirectories(LOGS);
            Files.writeString(log, "---- starting " + name + " on port " + port + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().keySet().removeIf(variable -> variable.startsWith("ISPFLOW_"));
            builder.environment().putAll(environment);
            process = builder.start();
            // should the test JVM end without closing it, the server must not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        awaitHealthy();
        return this;
    }

    /** SIGKILL: the JVM ends at once, mid-transaction if it was in one. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Signs in at this process, which any process's sign-in table and token key allow. */
    Api api(String username, String password) {
        return new Api(port).login(username, password);
    }

    Api api() {
        return new Api(port);
    }

    String name() {
        return name;
    }

    /** Everything this process and its earlier runs have written. */
    String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of this process's output, for a failed test's report. */
    String tail(int lines) {
        List<String> all = output().lines().toList();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** SIGTERM, and SIGKILL if the process has not ended after a while. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private List<String> command() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                // the test classpath: the server reads the tests' config/application.properties too (rate limits, pool sizes)
                "-cp", System.getProperty("java.class.path"), IspflowApplication.class.getName(),
                "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!healthy()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not become healthy; its output ends with:"
                        + System.lineSeparator() + tail(60));
            }
            pause();
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
