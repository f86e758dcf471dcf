package io.ispflow.server.freeradius;

import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/** A rebuild under Access-Requests, with the RADIUS tables and FreeRADIUS on MariaDB. */
@TestPropertySource(properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_rb_mysql",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_MYSQL_SERVER:jdbc:mysql://127.0.0.1:3306/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_rb_mysql_radius?sslMode=DISABLED&allowPublicKeyRetrieval=true",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_MYSQL_USER:root}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_MYSQL_PASSWORD:}"})
class RebuildUnderLoadOnMariaDbTest extends RebuildUnderLoadScenario {

    private static final String RADIUS_DATABASE = TestDatabases.PREFIX + "_rb_mysql_radius";

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_rb_mysql");
        TestDatabases.freshMySql(RADIUS_DATABASE);
    }

    @RegisterExtension
    static final PrivateFreeRadius FREE_RADIUS = PrivateFreeRadius.on(RadiusSqlServer.mariaDb(RADIUS_DATABASE), FreeRadiusScenario.TUNNEL_SUBNET);

    @Override
    PrivateFreeRadius freeRadius() {
        return FREE_RADIUS;
    }
}
