package io.ispflow.radius;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The FreeRADIUS database: its connection pool, its migrated schema and its transactions. Only this
 * object is a Spring bean; its DataSource and transaction manager are not, so that Spring Boot still
 * configures the application's primary DataSource and JPA transaction manager.
 */
@Component
public class RadiusDatabase implements AutoCloseable {

    /** Flyway's history table here; its own name, in case the RADIUS tables share a database with others. */
    public static final String SCHEMA_HISTORY_TABLE = "radius_schema_history";

    private final RadiusDialect dialect;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbcTemplate;
    private final DataSourceTransactionManager transactionManager;

    /** Opens the pool and migrates the schema; fails at once if the database is unreachable. */
    public RadiusDatabase(RadiusDataSourceProperties properties) {
        this.dialect = RadiusDialect.of(properties.url());
        this.dataSource = pool(properties);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.flywayLocation())
                    .table(SCHEMA_HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.transactionManager = new DataSourceTransactionManager(dataSource);
    }

    private static HikariDataSource pool(RadiusDataSourceProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("radius");
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        // one processor thread writes; a few more connections serve rebuilds and checks, none sit idle
        config.setMaximumPoolSize(5);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        // a pooled connection is checked within a third of that, so a dead one costs no more
        config.setValidationTimeout(Math.max(250, properties.connectionTimeout().toMillis() / 3));
        return new HikariDataSource(config);
    }

    /**
     * Throws RADIUS_UNAVAILABLE unless a working connection is had within the connection timeout: a drift
     * check or rebuild asks first, rather than fail half-way with a stack trace.
     */
    public void requireReachable() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid((int) Math.max(1, dataSource.getValidationTimeout() / 1000))) {
                dataSource.evictConnection(connection);
                throw unavailable();
            }
        } catch (SQLException e) {
            throw unavailable();
        }
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorCode.RADIUS_UNAVAILABLE, "the RADIUS database does not answer; try again when it is back");
    }

    public RadiusDialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Joins the transaction of {@link #transactionManager()} when one is open on this thread. */
    public JdbcTemplate jdbcTemplate() {
        return jdbcTemplate;
    }

    public DataSourceTransactionManager transactionManager() {
        return transactionManager;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
