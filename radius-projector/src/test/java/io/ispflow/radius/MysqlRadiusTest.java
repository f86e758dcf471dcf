package io.ispflow.radius;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;

/** The RADIUS schema, projectors and processor on MySQL or MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MysqlRadiusTest implements RadiusSchemaContract, PackageGroupContract, SubscriberUserContract, SubscriberLifecycleContract,
        RouterNasContract, VoucherUserContract, ReplayContract, TokenTransactionContract, RadiusProcessorContract, RebuildContract {

    private RadiusDataSourceProperties properties;
    private RadiusDatabase radius;

    @BeforeAll
    void openEmptyDatabase() throws SQLException {
        properties = TestRadiusDatabases.emptyMysql();
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
        return RadiusDialect.MYSQL;
    }

    /** V6 makes nas hold text in any script, whatever the database's default character set. */
    @Override
    public List<String> expectedMigrations() {
        return List.of("1", "2", "3", "4", "5", "6", "7");
    }

    @Override
    public List<String> expectedRadacctIndexes() {
        return List.of("primary", "acctuniqueid", "username", "framedipaddress", "framedipv6address",
                "framedipv6prefix", "framedinterfaceid", "delegatedipv6prefix", "acctsessionid", "acctsessiontime",
                "acctstarttime", "acctinterval", "acctstoptime", "nasipaddress", "class",
                // not stock: ispflow reads radacct by its change time (V7)
                "radacct_changed");
    }
}
