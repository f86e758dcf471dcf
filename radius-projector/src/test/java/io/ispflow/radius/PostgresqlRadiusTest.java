package io.ispflow.radius;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;

/** The RADIUS schema, projectors and processor on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresqlRadiusTest implements RadiusSchemaContract, PackageGroupContract, SubscriberUserContract, SubscriberLifecycleContract,
        RouterNasContract, VoucherUserContract, ReplayContract, TokenTransactionContract, RadiusProcessorContract, RebuildContract {

    private RadiusDataSourceProperties properties;
    private RadiusDatabase radius;

    @BeforeAll
    void openEmptyDatabase() throws SQLException {
        properties = TestRadiusDatabases.emptyPostgresql();
        radius = new RadiusDatabase(properties);
    }

    @AfterAll
    void closeDatabase() {
        radius.close();
    }

    @Override
    public RadiusDatabase radius() {
        return radius;
    }

    @Override
    public RadiusDataSourceProperties properties() {
        return properties;
    }

    @Override
    public RadiusDialect expectedDialect() {
        return RadiusDialect.POSTGRESQL;
    }

    @Override
    public List<String> expectedMigrations() {
        return List.of("1", "2", "3", "4", "5", "6");
    }

    @Override
    public List<String> expectedRadacctIndexes() {
        return List.of("radacct_pkey", "radacct_acctuniqueid_key", "radacct_active_session_idx",
                "radacct_bulk_close", "radacct_start_user_idx", "radacct_calss_idx",
                // not stock: ispflow reads radacct by its change time (V6)
                "radacct_changed");
    }
}
