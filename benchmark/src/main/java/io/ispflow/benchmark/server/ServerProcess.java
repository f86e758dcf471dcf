package io.ispflow.benchmark.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One ispflow server the benchmark started: a child JVM on a free loopback port, its log in a file,
 * timed from spawn to {@code /actuator/health/readiness} answering UP.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startup;

    private ServerProcess(Process process, int port, Path log, Duration startup) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startup = startup;
    }

    /** Starts the server with {@code environment} (on top of a copy of this one without ISPFLOW_ variables). */
    public static ServerProcess start(ServerLaunch launch, List<String> jvmOptions, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(launch.command(jvmOptions))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ISPFLOW_"));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        long spawned = System.nanoTime();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ServerProcess server = new ServerProcess(process, port, log, awaitReady(process, port, log, spawned));
        return server;
    }

    private static Duration awaitReady(Process process, int port, Path log, long spawned) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = spawned + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; its log: " + log);
            }
            try {
                HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                    return Duration.ofNanos(System.nanoTime() - spawned);
                }
            } catch (IOException notListeningYet) {
                // the port opens late in start-up
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server was not ready within " + READY_TIMEOUT + "; its log: " + log);
    }

    /** A TCP port free on loopback right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Duration startup() {
        return startup;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
