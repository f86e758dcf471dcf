package io.ispflow.radius.rebuild;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.TestRadiusDatabases;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.sql.SQLException;

/** Replay equivalence on PostgreSQL. */
class PostgresqlReplayEquivalenceTest extends ReplayEquivalenceProperties {

    private static RadiusDatabase radius;

    @BeforeContainer
    static void openEmptyDatabase() throws SQLException {
        radius = new RadiusDatabase(TestRadiusDatabases.emptyPostgresql());
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
