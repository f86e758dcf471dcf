package io.ispflow.server.freeradius;

import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/** FreeRADIUS's sql module on PostgreSQL, reading the tables ispflow projects there. */
@TestPropertySource(properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_fr_pg",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_fr_pg_radius",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}"})
class FreeRadiusOnPostgresqlTest extends FreeRadiusScenario {

    private static final String RADIUS_DATABASE = TestDatabases.PREFIX + "_fr_pg_radius";

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_fr_pg");
        TestDatabases.freshPostgres(RADIUS_DATABASE);
    }

    @RegisterExtension
    static final PrivateFreeRadius FREE_RADIUS = PrivateFreeRadius.on(RadiusSqlServer.postgresql(RADIUS_DATABASE), TUNNEL_SUBNET);

    @Override
    public PrivateFreeRadius freeRadius() {
        return FREE_RADIUS;
    }
}
