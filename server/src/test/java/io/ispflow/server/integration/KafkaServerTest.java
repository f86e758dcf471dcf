package io.ispflow.server.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A server that publishes to an embedded Kafka broker; each test class brings its own broker and
 * database (a {@code DynamicPropertySource}), and its context closes with it, so no publisher is
 * left retrying against a broker that is gone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ispflow.roles=command,query,projections,integration",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.bootstrap.admin-password=" + KafkaServerTest.ADMIN_PASSWORD,
        "ispflow.kafka.send-timeout=2s"})
@DirtiesContext
@interface KafkaServerTest {

    String ADMIN_PASSWORD = "admin-kafka-password";

    List<String> TOPICS = List.of("ispflow.subscribers", "ispflow.packages", "ispflow.routers", "ispflow.tenants",
            "ispflow.operators");

    /** More than one, so keeping an aggregate's events in one partition is something the key must do. */
    int PARTITIONS = 3;
}
