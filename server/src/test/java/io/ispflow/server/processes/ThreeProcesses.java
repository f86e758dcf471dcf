package io.ispflow.server.processes;

import io.ispflow.server.ApiTest;
import io.ispflow.server.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * ispflow as production splits it: one process for commands and queries, one for the read-model
 * projectors (with the command role too, so that two processes run the command side's sweepers), one for
 * the RADIUS projector, sharing one PostgreSQL event store. The RADIUS process
 * reaches its MariaDB through a {@link TcpProxy}, so a test can take that database away from it alone.
 */
final class ThreeProcesses implements AutoCloseable {

    static final String ADMIN_PASSWORD = "processes-admin-password";
    private static final String JWT_SECRET = "96/zBm0tfv2fh1jhD3KM5r20HOJCF2VVjrgiho/uPEmUFqBobvTPBVUqLSUOBVJ6";
    private static final String APP_DB = TestDatabases.PREFIX + "_processes";
    private static final String RADIUS_DB = TestDatabases.PREFIX + "_processes_radius";
    private static final String MYSQL_OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true";

    final TcpProxy radiusLink;
    final ServerProcess commandQuery;
    final ServerProcess projections;
    final ServerProcess radius;
    /** Straight to the databases, past the proxy, for the test's own reads. */
    final JdbcTemplate appDb;
    final JdbcTemplate radiusDb;

    private ThreeProcesses() {
        String appUrl = TestDatabases.freshPostgres(APP_DB);
        String radiusUrl = TestDatabases.freshMySql(RADIUS_DB);
        URI mysql = URI.create(TestDatabases.MYSQL_SERVER.substring("jdbc:".length()));
        radiusLink = new TcpProxy(mysql.getHost(), mysql.getPort());
        Map<String, String> app = Map.of(
                "spring.datasource.url", appUrl,
                "spring.datasource.username", TestDatabases.PG_USER,
                "spring.datasource.password", TestDatabases.PG_PASSWORD,
                "ispflow.jwt.secret", JWT_SECRET,
                "ispflow.bootstrap.admin-password", ADMIN_PASSWORD,
                // a setup script hands out a router's API token only with the tunnel's server and the public URL configured
                "ispflow.wireguard.endpoint", ApiTest.WIREGUARD_ENDPOINT,
                "ispflow.wireguard.public-key", ApiTest.WIREGUARD_PUBLIC_KEY,
                "ispflow.public-url", ApiTest.PUBLIC_URL,
                // both command processes sweep for silent routers, often, and race for each
                "ispflow.router-health.offline-after", "2s",
                "ispflow.router-health.sweep-interval", "100ms");
        Map<String, String> radiusThroughProxy = Map.of(
                "ispflow.radius.datasource.url", "jdbc:mysql://127.0.0.1:" + radiusLink.port() + "/" + RADIUS_DB + MYSQL_OPTIONS,
                "ispflow.radius.datasource.username", TestDatabases.MYSQL_USER,
                "ispflow.radius.datasource.password", TestDatabases.MYSQL_PASSWORD,
                // a write fails soon while the database is away, so an outage shows the processor's retries
                "ispflow.radius.datasource.connection-timeout", "1s");
        commandQuery = new ServerProcess("command-query", merged(app, Map.of("ispflow.roles", "command,query",
                "ispflow.query.max-position-wait", "1s")));
        // a second command process: two sweepers of silent routers run at once
        projections = new ServerProcess("projections", merged(app, Map.of("ispflow.roles", "projections,command")));
        radius = new ServerProcess("radius", merged(app, Map.of("ispflow.roles", "radius"), radiusThroughProxy));
        appDb = new JdbcTemplate(new DriverManagerDataSource(appUrl, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD));
        radiusDb = new JdbcTemplate(new DriverManagerDataSource(radiusUrl, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD));
    }

    /**
     * The command process first: it migrates the event store's schema and creates the first operator;
     * the two projecting processes then start side by side.
     */
    static ThreeProcesses start() {
        ThreeProcesses system = new ThreeProcesses();
        try {
            system.commandQuery.start();
            CompletableFuture.allOf(CompletableFuture.runAsync(system.projections::start),
                    CompletableFuture.runAsync(system.radius::start)).join();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    List<ServerProcess> all() {
        return List.of(commandQuery, projections, radius);
    }

    @Override
    public void close() {
        all().forEach(ServerProcess::close);
        radiusLink.close();
    }

    @SafeVarargs
    private static Map<String, String> merged(Map<String, String>... parts) {
        Map<String, String> all = new HashMap<>();
        Arrays.stream(parts).forEach(all::putAll);
        return all;
    }
}
