package io.ispflow.server.integration;

import io.ispflow.integration.IntegrationEventsConfiguration;
import io.ispflow.server.Api;
import io.ispflow.server.Eventually;
import io.ispflow.server.integration.PublishedEvents.Published;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While Kafka is down commands are still accepted and their events wait; once it is back they are
 * all delivered, each aggregate's in order. Repeats are allowed (at least once), and a consumer that
 * drops any record whose position it has already passed for that key sees every event exactly once.
 */
@KafkaServerTest
class KafkaOutageTest {

    static final KafkaBroker BROKER = KafkaBroker.start(KafkaServerTest.TOPICS, KafkaServerTest.PARTITIONS);
    static final Duration WITHIN = Duration.ofSeconds(90);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        BROKER.serve(registry);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        BROKER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void eventsAppendedWhileKafkaIsDownAreDeliveredInOrderOnceItIsBack() {
        Api api = new Api(port).login("admin", KafkaServerTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Outage 10", "downloadKbps", 10000, "uploadKbps", 2000)).id();
        try (PublishedEvents events = new PublishedEvents(BROKER.bootstrapServers(), KafkaServerTest.TOPICS)) {
            long before = StoredEvent.of(appDatabase, List.of(pkg)).get(0).position();
            events.until(all -> all.stream().anyMatch(record -> record.position() == before), WITHIN);
        }

        BROKER.stop();
        List<String> subscribers = new ArrayList<>();
        for (String name : List.of("outage-alice", "outage-bob")) {
            String subscriber = api.post("/api/v1/subscribers", Map.of("username", name, "password", "secret-123",
                    "type", "HOTSPOT", "packageId", pkg)).id();
            subscribers.add(subscriber);
            assertThat(api.post("/api/v1/subscribers/" + subscriber + "/change-password",
                    Map.of("password", "secret-456")).status()).isEqualTo(200);
            assertThat(api.post("/api/v1/subscribers/" + subscriber + "/suspend",
                    Map.of("reason", "unpaid invoice")).status()).isEqualTo(200);
        }
        Eventually.value(this::publisherFailing, failing -> failing, WITHIN);
        BROKER.restart();

        List<StoredEvent> stored = StoredEvent.of(appDatabase, subscribers);
        try (PublishedEvents events = new PublishedEvents(BROKER.bootstrapServers(), KafkaServerTest.TOPICS)) {
            List<Published> records = events.until(all -> all.stream().map(Published::position).collect(Collectors.toSet())
                    .containsAll(stored.stream().map(StoredEvent::position).toList()), WITHIN);

            for (String subscriber : subscribers) {
                List<Published> ofSubscriber = records.stream().filter(record -> subscriber.equals(record.key())).toList();
                assertThat(ofSubscriber.stream().map(Published::partition).distinct()).hasSize(1);
                assertThat(deduplicated(ofSubscriber)).isEqualTo(stored.stream()
                        .filter(event -> event.aggregateId().equals(subscriber)).map(StoredEvent::position).toList());
            }
        }
        Eventually.value(this::publisherFailing, failing -> !failing, WITHIN);
    }

    /** What a consumer keeps when it drops every record at or below the position it last took for that key. */
    private static List<Long> deduplicated(List<Published> records) {
        Map<String, Long> lastTaken = new HashMap<>();
        List<Long> taken = new ArrayList<>();
        for (Published record : records) {
            if (record.position() > lastTaken.getOrDefault(record.key(), -1L)) {
                lastTaken.put(record.key(), record.position());
                taken.add(record.position());
            }
        }
        return taken;
    }

    /** The publisher's segment is in Axon's retry mode: it failed and will try the same event again. */
    private boolean publisherFailing() {
        return processors.eventProcessor(IntegrationEventsConfiguration.PROCESSING_GROUP, TrackingEventProcessor.class)
                         .orElseThrow().processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }
}
