package io.ispflow.radius.rebuild;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.TestRadiusDatabases;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.sql.SQLException;

/** Replay equivalence on MySQL or MariaDB. */
class MysqlReplayEquivalenceTest extends ReplayEquivalenceProperties {

    private static RadiusDatabase radius;

    @BeforeContainer
    static void openEmptyDatabase() throws SQLException {
        radius = new RadiusDatabase(TestRadiusDatabases.emptyMysql());
    }

    @AfterContainer
    static void closeDatabase() {
        radius.close();
    }

    @Override
    RadiusDatabase radius() {
        return radius;
    }
}
