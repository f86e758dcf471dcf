package io.ispflow.server.integration;

import io.ispflow.server.Eventually;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads every integration event from the start of the topics, as a plain Kafka consumer would. */
final class PublishedEvents implements AutoCloseable {

    /** One record as consumed: where it was, its key and headers, and its value parsed. */
    record Published(String topic, int partition, String key, String typeHeader, String revisionHeader, JsonNode event) {

        long position() {
            return event.get("position").asLong();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final KafkaConsumer<String, String> consumer;
    private final List<Published> seen = new ArrayList<>();

    PublishedEvents(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every record read so far, once {@code done} holds for them; in each partition's order. */
    List<Published> until(Predicate<List<Published>> done, Duration within) {
        return Eventually.value(this::poll, done, within);
    }

    private List<Published> poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(new Published(record.topic(), record.partition(), record.key(), header(record, "ispflow-type"),
                    header(record, "ispflow-revision"), JSON.readTree(record.value())));
        }
        return List.copyOf(seen);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
