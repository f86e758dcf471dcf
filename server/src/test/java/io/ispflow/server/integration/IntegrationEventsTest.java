package io.ispflow.server.integration;

import io.ispflow.integration.IntegrationEventsConfiguration;
import io.ispflow.integration.Topics;
import io.ispflow.projection.ProjectionsConfiguration;
import io.ispflow.server.Api;
import io.ispflow.server.integration.PublishedEvents.Published;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every event reaches Kafka as a public integration event: on its aggregate's topic, keyed by its
 * aggregate, with the fields docs/integration-events.md promises, and the payload as stored.
 */
@KafkaServerTest
class IntegrationEventsTest {

    static final KafkaBroker BROKER = KafkaBroker.start(KafkaServerTest.TOPICS, KafkaServerTest.PARTITIONS);
    static final Duration WITHIN = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

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
    void everyEventIsPublishedOnItsAggregatesTopicKeyedByTheAggregate() {
        Api api = new Api(port).login("admin", KafkaServerTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Kafka 10", "downloadKbps", 10000, "uploadKbps", 2000)).id();
        String router = api.post("/api/v1/routers", Map.of("name", "kafka-router")).id();
        String subscriber = api.post("/api/v1/subscribers", Map.of("username", "kafka-alice", "password", "secret-123",
                "type", "PPPOE", "packageId", pkg, "fullName", "Alice Kafka")).id();
        api.post("/api/v1/subscribers/" + subscriber + "/change-password", Map.of("password", "secret-456"));
        api.post("/api/v1/subscribers/" + subscriber + "/suspend", Map.of("reason", "unpaid invoice"));
        api.post("/api/v1/subscribers/" + subscriber + "/reactivate", Map.of());
        List<StoredEvent> stored = StoredEvent.of(appDatabase, List.of(pkg, router, subscriber));

        Map<Long, Published> published = publishedOnce(stored);

        assertThat(stored).hasSizeGreaterThanOrEqualTo(6);
        for (StoredEvent event : stored) {
            Published record = published.get(event.position());
            assertThat(record.topic()).isEqualTo(new Topics("ispflow.").of(event.aggregateType()));
            assertThat(record.key()).isEqualTo(event.aggregateId());
            assertThat(record.typeHeader()).isEqualTo(event.simpleType());
            String revision = event.payloadRevision() == null ? "1" : event.payloadRevision();
            assertThat(record.revisionHeader()).isEqualTo(revision);
            assertThat(record.event().get("type").asString()).isEqualTo(event.simpleType());
            assertThat(record.event().get("revision").asString()).isEqualTo(revision);
            assertThat(record.event().get("tenantId").asString())
                    .isEqualTo(JSON.readTree(event.payload()).get("tenantId").asString()).isNotBlank();
            assertThat(record.event().get("aggregateType").asString()).isEqualTo(event.aggregateType());
            assertThat(record.event().get("aggregateId").asString()).isEqualTo(event.aggregateId());
            assertThat(record.event().get("sequence").asLong()).isEqualTo(event.sequence());
            assertThat(Instant.parse(record.event().get("occurredAt").asString())).isEqualTo(Instant.parse(event.timestamp()));
            assertThat(record.event().get("eventId").asString()).isEqualTo(event.eventId());
            assertThat(record.event().get("payload")).isEqualTo(JSON.readTree(event.payload()));
        }
        assertThat(published.values().stream().filter(record -> record.key().equals(subscriber)).map(Published::topic))
                .containsOnly("ispflow.subscribers");
        assertThat(published.values().stream().map(record -> record.event().get("type").asString()))
                .contains("PackageCreated", "RouterRegistered", "SubscriberCreated", "SubscriberPasswordChanged",
                        "SubscriberSuspended", "SubscriberReactivated");
    }

    @Test
    void operatorEventsArePublishedWithoutThePasswordHash() {
        Api owner = new Api(port).login("admin", KafkaServerTest.ADMIN_PASSWORD);
        String operator = owner.post("/api/v1/operators", Map.of("username", "kafka-olga", "password", "olga-secret-1",
                "role", "OPERATOR")).id();
        owner.put("/api/v1/operators/" + operator + "/password", Map.of("password", "olga-secret-2"));
        List<StoredEvent> stored = StoredEvent.of(appDatabase, List.of(operator));

        Map<Long, Published> published = publishedOnce(stored);

        assertThat(stored).extracting(StoredEvent::simpleType).containsExactly("OperatorCreated", "OperatorPasswordChanged");
        for (StoredEvent event : stored) {
            assertThat(JSON.readTree(event.payload()).has("passwordHash")).isTrue();
            JsonNode payload = published.get(event.position()).event().get("payload");
            assertThat(payload.has("passwordHash")).isFalse();
            assertThat(payload.get("operatorId").asString()).isEqualTo(operator);
        }
    }

    @Test
    void resettingAnotherProcessorPublishesNothingAgain() {
        Api api = new Api(port).login("admin", KafkaServerTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Before reset", "downloadKbps", 1000, "uploadKbps", 500)).id();
        publishedOnce(StoredEvent.of(appDatabase, List.of(pkg)));

        TrackingEventProcessor readModel = processor(ProjectionsConfiguration.PROCESSING_GROUP);
        readModel.shutDown();
        readModel.resetTokens();
        readModel.start();
        long after = api.post("/api/v1/packages", Map.of("name", "After reset", "downloadKbps", 1000, "uploadKbps", 500))
                        .position();
        assertThat(api.getCaughtUp("/api/v1/packages", after).status()).isEqualTo(200);
        String marker = api.post("/api/v1/packages", Map.of("name", "Marker", "downloadKbps", 1000, "uploadKbps", 500)).id();

        publishedOnce(StoredEvent.of(appDatabase, List.of(pkg, marker)));
    }

    @Test
    void thePublisherRefusesAResetBecauseAReplayWouldPublishOldEventsAsNew() {
        TrackingEventProcessor publisher = processor(IntegrationEventsConfiguration.PROCESSING_GROUP);
        publisher.shutDown();
        try {
            assertThat(publisher.supportsReset()).isFalse();
            assertThatThrownBy(publisher::resetTokens).isInstanceOf(IllegalStateException.class);
        } finally {
            publisher.start();
        }
    }

    @Test
    void everyAggregateTypeHasATopic(@Autowired Configuration axon) {
        Topics topics = new Topics("ispflow.");
        Set<String> types = axon.findModules(AggregateConfiguration.class).stream()
                .map(aggregate -> aggregate.aggregateType().getSimpleName())
                .collect(Collectors.toSet());

        assertThat(types).contains("Subscriber", "ServicePackage", "Router", "Tenant", "Operator", "VoucherBatch", "Voucher",
                "VpnServer", "AgentKey", "Webhook");
        assertThat(types.stream().map(topics::of)).allMatch(KafkaServerTest.TOPICS::contains);
    }

    /** Waits until each stored event has been published, and answers the records by position; each exactly once. */
    private Map<Long, Published> publishedOnce(List<StoredEvent> stored) {
        Set<Long> positions = stored.stream().map(StoredEvent::position).collect(Collectors.toSet());
        try (PublishedEvents events = new PublishedEvents(BROKER.bootstrapServers(), KafkaServerTest.TOPICS)) {
            List<Published> records = events.until(all -> all.stream().map(Published::position).collect(Collectors.toSet())
                    .containsAll(positions), WITHIN);
            List<Published> ours = records.stream().filter(record -> positions.contains(record.position())).toList();
            assertThat(ours).hasSize(positions.size());
            return ours.stream().collect(Collectors.toMap(Published::position, Function.identity()));
        }
    }

    private TrackingEventProcessor processor(String name) {
        return processors.eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }
}
