package io.ispflow.server;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Configured for production: event store and read model on an external PostgreSQL, RADIUS tables
 * on an external MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_e2e",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_MYSQL_SERVER:jdbc:mysql://127.0.0.1:3306/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_e2e_radius?sslMode=DISABLED&allowPublicKeyRetrieval=true",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_MYSQL_USER:root}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_MYSQL_PASSWORD:}",
        "ispflow.bootstrap.admin-password=" + WalkingSkeletonScenario.ADMIN_PASSWORD})
class ExternalDatabasesTest extends WalkingSkeletonScenario {

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_e2e");
        TestDatabases.freshMySql(TestDatabases.PREFIX + "_e2e_radius");
    }
}
