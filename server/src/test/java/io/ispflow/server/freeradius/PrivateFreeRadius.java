package io.ispflow.server.freeradius;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A FreeRADIUS of the test class's own, started before its tests and stopped after them: a copy of
 * the checked-in configuration under target/, Debian's {@code freeradius} binary in the foreground,
 * on loopback and on ports free at start, never the system instance. Routers are its dynamic clients
 * in the tunnel subnet, looked up in ispflow's nas table as in production.
 */
public final class PrivateFreeRadius implements BeforeAllCallback, AfterAllCallback {

    private static final Path BINARY = Path.of("/usr/sbin/freeradius");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final String LOOPBACK = "127.0.0.1";
    /** Short, so that a test of a rotated secret or a removed router waits seconds, not minutes. */
    static final Duration CLIENT_LIFETIME = Duration.ofSeconds(2);

    private final RadiusSqlServer database;
    private final String tunnelSubnet;
    private Process process;
    private Path log;
    private int authPort;
    private int accountingPort;

    private PrivateFreeRadius(RadiusSqlServer database, String tunnelSubnet) {
        this.database = database;
        this.tunnelSubnet = tunnelSubnet;
    }

    /** FreeRADIUS reading the RADIUS tables in {@code database}, trusting routers of {@code tunnelSubnet}. */
    public static PrivateFreeRadius on(RadiusSqlServer database, String tunnelSubnet) {
        return new PrivateFreeRadius(database, tunnelSubnet);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's freeradius, freeradius-mysql, "
                    + "freeradius-postgresql and freeradius-utils (.ci/run does)");
        }
        Path dir = Path.of("target", "freeradius", database.database()).toAbsolutePath();
        FreeRadiusDirectory.checkedIn().copyTo(dir.resolve("raddb"));
        log = dir.resolve("radius.log");
        try (DatagramSocket auth = freeUdpPort(); DatagramSocket accounting = freeUdpPort()) {
            authPort = auth.getLocalPort();
            accountingPort = accounting.getLocalPort();
        }
        ProcessBuilder radiusd = new ProcessBuilder(BINARY.toString(), "-f", "-d", dir.resolve("raddb").toString(), "-l", "stdout")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        radiusd.environment().putAll(environment());
        process = radiusd.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        awaitReady();
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A router of the tunnel subnet speaking RADIUS to this FreeRADIUS from its tunnel address. */
    public RouterRadiusClient router(InetAddress tunnelAddress, String secret) {
        return new RouterRadiusClient(tunnelAddress, secret,
                new InetSocketAddress(LOOPBACK, authPort), new InetSocketAddress(LOOPBACK, accountingPort));
    }

    /** ispflow.env as shipped, but for what a private instance must have of its own. */
    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(FreeRadiusDirectory.checkedIn().environment());
        environment.putAll(database.environment());
        environment.put("ISPFLOW_TUNNEL_SUBNET", tunnelSubnet);
        environment.put("ISPFLOW_RADIUS_LISTEN_ADDRESS", LOOPBACK);
        environment.put("ISPFLOW_RADIUS_AUTH_PORT", Integer.toString(authPort));
        environment.put("ISPFLOW_RADIUS_ACCT_PORT", Integer.toString(accountingPort));
        environment.put("ISPFLOW_RADIUS_CLIENT_LIFETIME", Long.toString(CLIENT_LIFETIME.toSeconds()));
        // a reject delay would only slow every rejecting test down
        environment.put("ISPFLOW_RADIUS_REJECT_DELAY", "0");
        return environment;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.readString(log).contains("Ready to process requests")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("FreeRADIUS did not start; its log " + log + ":\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    /** Held open until both ports are chosen, so that the two differ. */
    private static DatagramSocket freeUdpPort() throws IOException {
        return new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
    }
}
