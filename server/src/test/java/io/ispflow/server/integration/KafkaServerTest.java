package io.ispflow.server.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A server that publishes to an embedded Kafka broker; each test class brings its own broker (a
 * {@code DynamicPropertySource}) and a fresh database {@code <prefix>_kafka}, and its context closes
 * with it, so no publisher is left retrying against a broker that is gone. The database is named
 * here, not in the {@code DynamicPropertySource}: the embedded default decides before that is read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ispflow.roles=command,query,projections,integration",
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}" + KafkaServerTest.DATABASE,
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.bootstrap.admin-password=" + KafkaServerTest.ADMIN_PASSWORD,
        "ispflow.kafka.send-timeout=2s"})
@DirtiesContext
@interface KafkaServerTest {

    String ADMIN_PASSWORD = "admin-kafka-password";

    /** The application database's name after the test prefix. */
    String DATABASE = "_kafka";

    List<String> TOPICS = List.of("ispflow.subscribers", "ispflow.packages", "ispflow.routers", "ispflow.tenants",
            "ispflow.operators", "ispflow.voucher-batches", "ispflow.vouchers", "ispflow.vpn-servers", "ispflow.vpn-agent-keys",
            "ispflow.webhooks");

    /** More than one, so keeping an aggregate's events in one partition is something the key must do. */
    int PARTITIONS = 3;
}
