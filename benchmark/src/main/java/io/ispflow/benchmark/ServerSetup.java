package io.ispflow.benchmark;

import io.ispflow.benchmark.server.ServerProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The databases of one setup and the environment that points a server at them. The routers' tunnel
 * subnet is on loopback, so that the benchmark can send RADIUS from a router's own address.
 */
record ServerSetup(Setup setup, SqlDatabase app, SqlDatabase radius, Map<String, String> environment) {

    static final String TUNNEL_SUBNET = "127.100.0.0/16";
    /**
     * One for the whole run: MARIADB's server reads the event store (and its wrapped keys) POSTGRES's wrote.
     * The benchmark's own {@code ISPFLOW_MASTER_KEY}, when set, lets a server started by hand read the databases a run left.
     */
    private static final String MASTER_KEY = System.getenv().getOrDefault("ISPFLOW_MASTER_KEY", newMasterKey());

    /** Fresh databases (or a fresh embedded data directory) for {@code setup}; MARIADB keeps POSTGRES's event store. */
    static ServerSetup prepare(Setup setup, BenchmarkOptions options, String adminPassword) throws IOException, SQLException {
        // the load comes from one session and one address: rate limits would measure themselves;
        // readiness marks the end of start-up, and the radius catch-up after it is timed on its own
        Map<String, String> environment = new HashMap<>(Map.of("ISPFLOW_TUNNEL_SUBNET", TUNNEL_SUBNET,
                "ISPFLOW_ADMIN_PASSWORD", adminPassword, "ISPFLOW_PLATFORM_ADMIN_PASSWORD", adminPassword,
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true",
                "ISPFLOW_RATE_LIMIT_CALLS_PER_MINUTE", "1000000000", "ISPFLOW_RATE_LIMIT_LOGINS_PER_MINUTE", "1000000",
                "ISPFLOW_MASTER_KEY", MASTER_KEY,
                "ISPFLOW_HEALTH_MAX_PROJECTION_LAG", Long.toString(Long.MAX_VALUE)));
        SqlDatabase app = SqlDatabase.postgres(5432, options.dbPrefix() + "_app");
        return switch (setup) {
            case EMBEDDED -> {
                Path dataDir = options.workDir().resolve("embedded-postgres").toAbsolutePath();
                deleteRecursively(dataDir);
                int port = ServerProcess.freePort();
                environment.put("ISPFLOW_EMBEDDED_DATA_DIR", dataDir.toString());
                environment.put("ISPFLOW_EMBEDDED_PORT", Integer.toString(port));
                String password = embeddedPassword(dataDir);
                yield new ServerSetup(setup, SqlDatabase.postgres(port, "ispflow").withPassword(password),
                        SqlDatabase.postgres(port, "radius").withPassword(password), environment);
            }
            case POSTGRES -> external(setup, app.fresh(), SqlDatabase.postgres(5432, options.dbPrefix() + "_radius_pg").fresh(), environment);
            case MARIADB -> external(setup, app, SqlDatabase.mariaDb(options.dbPrefix() + "_radius_my").fresh(), environment);
        };
    }

    private static ServerSetup external(Setup setup, SqlDatabase app, SqlDatabase radius, Map<String, String> environment) {
        environment.put("ISPFLOW_DB_URL", app.jdbcUrl());
        environment.put("ISPFLOW_DB_USER", app.user());
        environment.put("ISPFLOW_DB_PASSWORD", app.password());
        environment.put("ISPFLOW_RADIUS_DB_URL", radius.jdbcUrl());
        environment.put("ISPFLOW_RADIUS_DB_USER", radius.user());
        environment.put("ISPFLOW_RADIUS_DB_PASSWORD", radius.password());
        return new ServerSetup(setup, app, radius, environment);
    }

    /**
     * The embedded PostgreSQL's password, which the server takes from the file beside its data
     * directory when one is there: written before the server starts, so the benchmark knows it too.
     */
    private static String embeddedPassword(Path dataDir) throws IOException {
        String password = HexFormat.of().formatHex(randomBytes(16));
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".password");
        Files.deleteIfExists(file);
        Files.createDirectories(dataDir.getParent());
        Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                password);
        return password;
    }

    /** A fresh master key for the run's sealed events: base64 of 32 random bytes. */
    private static String newMasterKey() {
        return Base64.getEncoder().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Where the classic design's tables for this setup's RADIUS dialect go. */
    SqlDatabase baseline(BenchmarkOptions options) {
        return "postgresql".equals(radius.dialect())
                ? SqlDatabase.postgres(5432, options.dbPrefix() + "_baseline_pg")
                : SqlDatabase.mariaDb(options.dbPrefix() + "_baseline_my");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
