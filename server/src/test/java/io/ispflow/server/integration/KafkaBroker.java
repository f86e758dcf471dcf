package io.ispflow.server.integration;

import io.ispflow.server.TestDatabases;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A real Kafka broker (KRaft, combined with its controller) inside the test JVM, from
 * spring-kafka-test's dependencies. A test can stop it and start it again: it comes back on the
 * same port with the data it had.
 */
final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Starts a broker with the topics given, each with {@code partitions} partitions. */
    static KafkaBroker start(List<String> topics, int partitions) {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            KafkaBroker broker = new KafkaBroker(cluster);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, partitions, (short) 1)).toList())
                     .all().get();
            }
            return broker;
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not start", e);
        }
    }

    /** Points a server at this broker, with its application database ({@link KafkaServerTest}'s) dropped and created afresh. */
    void serve(DynamicPropertyRegistry registry) {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + KafkaServerTest.DATABASE);
        registry.add("ispflow.kafka.bootstrap-servers", this::bootstrapServers);
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** The broker goes away (its controller stays); clients can no longer connect. */
    void stop() {
        broker().shutdown();
    }

    /** The broker comes back on the same port, with every record it had. */
    void restart() {
        broker().startup();
        try {
            cluster.waitForReadyBrokers();
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedded Kafka did not come back", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private BrokerServer broker() {
        return cluster.brokers().values().iterator().next();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
