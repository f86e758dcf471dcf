package io.ispflow.integration;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one integration event and returns only once the broker has acknowledged it (all in-sync
 * replicas), or throws. Missing topics are created before the first send, not at start-up,
 * so a broker that is down then does not stop the server from starting.
 */
class AcknowledgedSender {

    static final String TYPE_HEADER = "ispflow-type";
    static final String REVISION_HEADER = "ispflow-revision";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DefaultKafkaProducerFactory<String, String> producers;
    private final KafkaTemplate<String, String> kafka;
    private final Runnable createMissingTopics;
    private final Duration timeout;
    private boolean topicsReady;

    AcknowledgedSender(DefaultKafkaProducerFactory<String, String> producers, Runnable createMissingTopics,
                       Duration timeout) {
        this.producers = producers;
        this.kafka = new KafkaTemplate<>(producers);
        this.createMissingTopics = createMissingTopics;
        this.timeout = timeout;
    }

    void send(String topic, String key, IntegrationEvent event) {
        if (!topicsReady) {
            createMissingTopics.run();
            topicsReady = true;
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, JSON.writeValueAsString(event));
        record.headers().add(TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8))
                        .add(REVISION_HEADER, event.revision().getBytes(StandardCharsets.UTF_8));
        try {
            // the producer gives up after the same timeout; the margin lets it say why
            kafka.send(record).get(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing event " + event.position(), e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            // a fresh producer for the retry, whatever state the failure left this one in
            producers.reset();
            throw new IllegalStateException("Kafka did not acknowledge event " + event.position() + " on " + topic, e);
        }
    }
}
