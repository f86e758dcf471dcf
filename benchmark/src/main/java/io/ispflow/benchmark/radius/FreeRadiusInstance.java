package io.ispflow.benchmark.radius;

import io.ispflow.benchmark.SqlDatabase;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A FreeRADIUS of the benchmark's own: a copy of the repository's {@code freeradius/} configuration
 * reading one database, Debian's binary in the foreground on 127.0.0.1 and a free port, never the
 * system instance. Routers are dynamic clients in the tunnel subnet, looked up in that database's nas.
 */
public final class FreeRadiusInstance implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/freeradius");
    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Process process;
    private final InetSocketAddress authServer;

    private FreeRadiusInstance(Process process, InetSocketAddress authServer) {
        this.process = process;
        this.authServer = authServer;
    }

    /** Starts FreeRADIUS in {@code dir} on {@code database}; routers send from {@code tunnelSubnet}. */
    public static FreeRadiusInstance start(Path configuration, Path dir, SqlDatabase database, String tunnelSubnet)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's freeradius, freeradius-mysql and freeradius-postgresql");
        }
        Path raddb = dir.resolve("raddb");
        copy(configuration, raddb);
        Path log = dir.resolve("radius.log");
        int authPort;
        int accountingPort;
        try (DatagramSocket auth = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
             DatagramSocket accounting = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            authPort = auth.getLocalPort();
            accountingPort = accounting.getLocalPort();
        }
        ProcessBuilder radiusd = new ProcessBuilder(BINARY.toString(), "-f", "-d", raddb.toString(), "-l", "stdout")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(environmentFile(configuration.resolve("ispflow.env")));
        environment.putAll(database.freeRadiusEnvironment());
        environment.put("ISPFLOW_TUNNEL_SUBNET", tunnelSubnet);
        environment.put("ISPFLOW_RADIUS_LISTEN_ADDRESS", "127.0.0.1");
        environment.put("ISPFLOW_RADIUS_AUTH_PORT", Integer.toString(authPort));
        environment.put("ISPFLOW_RADIUS_ACCT_PORT", Integer.toString(accountingPort));
        // one nas lookup per router for the whole measurement, as in production's 300 s
        environment.put("ISPFLOW_RADIUS_CLIENT_LIFETIME", "3600");
        environment.put("ISPFLOW_RADIUS_REJECT_DELAY", "0");
        radiusd.environment().putAll(environment);
        Process process = radiusd.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
        while (!Files.readString(log).contains("Ready to process requests")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("FreeRADIUS did not start; its log: " + log);
            }
            Thread.sleep(20);
        }
        return new FreeRadiusInstance(process, new InetSocketAddress("127.0.0.1", authPort));
    }

    public InetSocketAddress authServer() {
        return authServer;
    }

    private static Map<String, String> environmentFile(Path file) throws IOException {
        Map<String, String> variables = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                int equals = trimmed.indexOf('=');
                variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1).replaceAll("^\"|\"$", ""));
            }
        }
        return variables;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
