package io.ispflow.integration;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.HashMap;
import java.util.Map;

/**
 * The integration role: the {@value #PROCESSING_GROUP} processor publishes every event to Kafka
 * ({@code ispflow.kafka.*}). The server imports this only when the role is on.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = IntegrationEventsConfiguration.class)
@EnableConfigurationProperties(IntegrationEventsProperties.class)
public class IntegrationEventsConfiguration {

    /** The publisher's processor, and so the name of its token in the token table. */
    public static final String PROCESSING_GROUP = "integration-events";

    @Bean
    Topics integrationTopics(IntegrationEventsProperties properties) {
        return new Topics(properties.topicPrefix());
    }

    /** A bean, so that the context's close closes its producer too, without waiting for a broker that is gone. */
    @Bean
    DefaultKafkaProducerFactory<String, String> integrationEventProducers(IntegrationEventsProperties properties) {
        DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(producerSettings(properties));
        producers.setPhysicalCloseTimeout(Math.toIntExact(Math.max(1, properties.sendTimeout().toSeconds())));
        return producers;
    }

    @Bean
    AcknowledgedSender acknowledgedSender(IntegrationEventsProperties properties, Topics topics,
                                          DefaultKafkaProducerFactory<String, String> integrationEventProducers) {
        NewTopic[] newTopics = topics.all().stream().map(name -> TopicBuilder.name(name).build()).toArray(NewTopic[]::new);
        return new AcknowledgedSender(integrationEventProducers,
                () -> topicCreator(properties).createOrModifyTopics(newTopics), properties.sendTimeout());
    }

    /** Idempotent, acknowledged by all in-sync replicas, and sent at once: no loss, no reordering. */
    private static Map<String, Object> producerSettings(IntegrationEventsProperties properties) {
        int timeoutMs = Math.toIntExact(properties.sendTimeout().toMillis());
        Map<String, Object> settings = new HashMap<>(properties.producer());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        return settings;
    }

    /** Creates missing topics, with the broker's default partitions and replication. */
    private static KafkaAdmin topicCreator(IntegrationEventsProperties properties) {
        Map<String, Object> settings = new HashMap<>(properties.producer());
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        // without these an unreachable broker holds the publisher (and a shutdown) for a minute
        int timeoutMs = Math.toIntExact(properties.sendTimeout().toMillis());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        KafkaAdmin admin = new KafkaAdmin(settings);
        admin.setOperationTimeout(Math.toIntExact(Math.max(1, properties.sendTimeout().toSeconds())));
        return admin;
    }
}
