package io.ispflow.integration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * Where and how the integration events go ({@code ispflow.kafka.*}).
 *
 * @param bootstrapServers the Kafka brokers, {@code host:port,...}
 * @param topicPrefix      put before each topic's name, e.g. {@code ispflow.} gives {@code ispflow.subscribers}
 * @param publishFrom      where a publisher that has never run starts: every stored event, or only new ones
 * @param sendTimeout      how long one event may take to be acknowledged before the publisher retries it
 * @param producer         further Kafka producer settings passed as they are (TLS, SASL, ...)
 */
@ConfigurationProperties("ispflow.kafka")
public record IntegrationEventsProperties(String bootstrapServers,
                                          @DefaultValue("ispflow.") String topicPrefix,
                                          @DefaultValue("beginning") PublishFrom publishFrom,
                                          @DefaultValue("5s") Duration sendTimeout,
                                          Map<String, String> producer) {

    public IntegrationEventsProperties {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("ispflow.kafka.bootstrap-servers (ISPFLOW_KAFKA_BOOTSTRAP_SERVERS) is not set");
        }
        producer = producer == null ? Map.of() : Map.copyOf(producer);
    }
}
