package io.ispflow.server.freeradius;

import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/** A rebuild under Access-Requests, with the RADIUS tables and FreeRADIUS on PostgreSQL. */
@TestPropertySource(properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_rb_pg",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_rb_pg_radius",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}"})
class RebuildUnderLoadOnPostgresqlTest extends RebuildUnderLoadScenario {

    private static final String RADIUS_DATABASE = TestDatabases.PREFIX + "_rb_pg_radius";

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_rb_pg");
        TestDatabases.freshPostgres(RADIUS_DATABASE);
    }

    @RegisterExtension
    static final PrivateFreeRadius FREE_RADIUS = PrivateFreeRadius.on(RadiusSqlServer.postgresql(RADIUS_DATABASE), FreeRadiusScenario.TUNNEL_SUBNET);

    @Override
    PrivateFreeRadius freeRadius() {
        return FREE_RADIUS;
    }
}
