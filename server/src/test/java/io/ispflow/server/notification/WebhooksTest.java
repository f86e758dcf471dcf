package io.ispflow.server.notification;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.router.RouterCameOnline;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterWentOffline;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import io.ispflow.server.OtherTenant;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks end to end: registered over HTTP, told of a router's events by signed POSTs to a receiver on this machine,
 * retried until it answers, in order per router, and never again for old events.
 */
@ApiTest
class WebhooksTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final String SECRET = "receiver-shared-secret-42";
    static final Duration WITHIN = Duration.ofSeconds(10);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate appDatabase;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    EventStore events;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    Deliverer deliverer;

    Api admin;
    TenantId tenant;
    final List<String> registered = new ArrayList<>();

    @BeforeEach
    void signIn() {
        admin = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        tenant = TenantId.of(appDatabase.queryForObject("SELECT tenant_id FROM operator WHERE username = 'admin'", UUID.class));
    }

    /** The tenant's other tests' routers tell nothing to receivers that are gone. */
    @AfterEach
    void removeWebhooks() {
        registered.forEach(id -> admin.delete("/api/v1/webhooks/" + id));
    }

    @Test
    void aRegisteredWebhookIsListedWithoutItsSecretAndRemovedOnRequest() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            Api.Answer created = register(receiver, List.of("ROUTER_ONLINE", "ROUTER_OFFLINE"));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.position()).isPositive();

            Api.Answer one = admin.get("/api/v1/webhooks/" + created.id());
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.body().get("url").asString()).isEqualTo(receiver.url());
            assertThat(one.text()).contains("ROUTER_OFFLINE", "ROUTER_ONLINE").doesNotContain(SECRET).doesNotContain("secret");
            Api.Answer list = admin.get("/api/v1/webhooks?size=500");
            assertThat(list.body().get("items").findValuesAsString("id")).contains(created.id());
            assertThat(list.text()).doesNotContain(SECRET).doesNotContain("secret");
            assertThat(storedEventsText()).doesNotContain(SECRET);

            assertThat(admin.delete("/api/v1/webhooks/" + created.id()).status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/webhooks/" + created.id()).status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/webhooks?size=500").body().get("items").findValuesAsString("id")).doesNotContain(created.id());
        }
    }

    @Test
    void anotherTenantsWebhookIsNotFound() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String id = register(receiver, List.of("ROUTER_OFFLINE")).id();
            Api stranger = OtherTenant.signIn(port, appDatabase, passwords);

            assertThat(stranger.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
            assertThat(stranger.delete("/api/v1/webhooks/" + id).status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/webhooks").body().get("items").findValuesAsString("id")).doesNotContain(id);
            assertThat(admin.get("/api/v1/webhooks/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void badRegistrationsAreRefused() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            assertThat(admin.post("/api/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("ROUTER_OFFLINE"),
                    "secret", "short")).code()).isEqualTo("VALIDATION_FAILED");
            assertThat(admin.post("/api/v1/webhooks", Map.of("url", receiver.url(), "events", List.of(),
                    "secret", SECRET)).code()).isEqualTo("VALIDATION_FAILED");
            assertThat(admin.post("/api/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("ROUTER_EXPLODED"),
                    "secret", SECRET)).status()).isEqualTo(400);
        }
    }

    @Test
    void aDeliveryIsSignedWithTheSecret() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String webhook = register(receiver, List.of("ROUTER_OFFLINE")).id();
            RouterId router = aRouter();
            Instant lastSeen = Instant.parse("2026-12-04T10:00:00Z");
            append(router, new RouterWentOffline(router, tenant, lastSeen, lastSeen.plusSeconds(240)));

            WebhookReceiver.Received delivery = receiver.next(WITHIN);
            assertThat(delivery).isNotNull();
            assertThat(delivery.signature()).isEqualTo("sha256=" + hmac(SECRET, delivery.body()));
            assertThat(delivery.contentType()).startsWith("application/json");
            JsonNode body = JSON.readTree(delivery.body());
            assertThat(body.get("type").asString()).isEqualTo("ROUTER_OFFLINE");
            assertThat(body.get("tenantId").asString()).isEqualTo(tenant.value().toString());
            assertThat(body.get("subject").asString()).isEqualTo("router:" + router);
            assertThat(body.get("id").asString()).isNotBlank();
            assertThat(Instant.parse(body.get("occurredAt").asString())).isNotNull();
            assertThat(body.get("data").get("routerId").asString()).isEqualTo(router.toString());
            assertThat(body.get("data").get("lastSeenAt").asString()).isEqualTo("2026-12-04T10:00:00Z");

            JsonNode logged = Eventually.value(() -> deliveries(webhook), items -> items.size() == 1
                    && !items.get(0).path("deliveredAt").isNull(), WITHIN).get(0);
            assertThat(logged.get("event").asString()).isEqualTo("ROUTER_OFFLINE");
            assertThat(logged.get("attempts").asInt()).isEqualTo(1);
            assertThat(logged.get("lastStatus").asInt()).isEqualTo(200);
            assertThat(logged.get("occurredAt").asString()).isNotBlank();
        }
    }

    @Test
    void aFailingReceiverGetsTheSameDeliveryAgainUntilItAnswers() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 503)) {
            String webhook = register(receiver, List.of("ROUTER_OFFLINE")).id();
            RouterId router = aRouter();
            append(router, new RouterWentOffline(router, tenant, Instant.now().minusSeconds(300), Instant.now()));

            List<WebhookReceiver.Received> posts = List.of(receiver.next(WITHIN), receiver.next(WITHIN), receiver.next(WITHIN));
            assertThat(posts).doesNotContainNull();
            assertThat(posts).extracting(WebhookReceiver.Received::body).containsOnly(posts.get(0).body());
            JsonNode logged = Eventually.value(() -> deliveries(webhook), items -> items.size() == 1
                    && !items.get(0).path("deliveredAt").isNull(), WITHIN).get(0);
            assertThat(logged.get("attempts").asInt()).isEqualTo(3);
            assertThat(logged.get("lastStatus").asInt()).isEqualTo(200);
        }
    }

    @Test
    void aRoutersNextNotificationWaitsForTheOneBefore() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500)) {
            register(receiver, List.of("ROUTER_OFFLINE", "ROUTER_ONLINE"));
            RouterId router = aRouter();
            Instant now = Instant.now();
            append(router, new RouterWentOffline(router, tenant, now.minusSeconds(300), now));
            append(router, new RouterCameOnline(router, tenant, now.plusSeconds(1)));

            List<String> types = List.of(type(receiver.next(WITHIN)), type(receiver.next(WITHIN)), type(receiver.next(WITHIN)));
            assertThat(types).containsExactly("ROUTER_OFFLINE", "ROUTER_OFFLINE", "ROUTER_ONLINE");
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        try (WebhookReceiver elsewhere = WebhookReceiver.answering();
             WebhookReceiver receiver = WebhookReceiver.answering(307, 307, 307).redirectingTo(elsewhere.url())) {
            String webhook = register(receiver, List.of("ROUTER_OFFLINE")).id();
            RouterId router = aRouter();
            append(router, new RouterWentOffline(router, tenant, Instant.now().minusSeconds(300), Instant.now()));

            JsonNode logged = Eventually.value(() -> deliveries(webhook), items -> items.size() == 1
                    && !items.get(0).path("deliveredAt").isNull(), WITHIN).get(0);
            assertThat(logged.get("attempts").asInt()).isEqualTo(4);
            assertThat(elsewhere.count()).isZero();
        }
    }

    @Test
    void neitherAResetNorALostTokenSendsOldEventsAgain() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String webhook = register(receiver, List.of("ROUTER_OFFLINE", "ROUTER_ONLINE")).id();
            RouterId router = aRouter();
            append(router, new RouterWentOffline(router, tenant, Instant.now().minusSeconds(300), Instant.now()));
            assertThat(receiver.next(WITHIN)).isNotNull();

            TrackingEventProcessor processor = processing.eventProcessor(NotificationProcessing.PROCESSING_GROUP,
                    TrackingEventProcessor.class).orElseThrow();
            processor.shutDown();
            assertThat(processor.supportsReset()).isFalse();
            assertThatThrownBy(processor::resetTokens).isInstanceOf(IllegalStateException.class);
            // as on a new installation: no token, so the processor starts again at the head
            appDatabase.update("DELETE FROM token_entry WHERE processor_name = ?", NotificationProcessing.PROCESSING_GROUP);
            processor.start();
            Eventually.value(() -> appDatabase.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ? "
                    + "AND token IS NOT NULL", Long.class, NotificationProcessing.PROCESSING_GROUP), claimed -> claimed == 1, WITHIN);
            append(router, new RouterCameOnline(router, tenant, Instant.now()));

            assertThat(type(receiver.next(WITHIN))).isEqualTo("ROUTER_ONLINE");
            List<JsonNode> logged = Eventually.value(() -> deliveries(webhook), items -> items.size() == 2
                    && items.stream().noneMatch(item -> item.path("deliveredAt").isNull()), WITHIN);
            assertThat(logged).extracting(item -> item.get("event").asString()).containsExactly("ROUTER_ONLINE", "ROUTER_OFFLINE");
            assertThat(receiver.count()).isZero();
        }
    }

    @Test
    void aSubscriptionEndingWithinTheNoticeIsToldOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            register(receiver, List.of("SUBSCRIPTION_EXPIRING"));
            String pkg = admin.post("/api/v1/packages", Map.of("name", "Ending soon", "downloadKbps", 1000, "uploadKbps", 1000)).id();
            String first = endingInTwoDays(pkg);

            JsonNode told = JSON.readTree(receiver.next(WITHIN).body());
            assertThat(told.get("type").asString()).isEqualTo("SUBSCRIPTION_EXPIRING");
            assertThat(told.get("subject").asString()).isEqualTo("subscriber:" + first);
            assertThat(told.get("data").get("expiresAt").asString()).isNotBlank();
            // a subscriber noticed later proves a later sweep ran: the first was not told again
            String second = endingInTwoDays(pkg);
            assertThat(JSON.readTree(receiver.next(WITHIN).body()).get("subject").asString()).isEqualTo("subscriber:" + second);
            assertThat(receiver.count()).isZero();
        }
    }

    @Test
    void anExpiryAndAQuotaUsedUpAreTold() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            register(receiver, List.of("SUBSCRIPTION_EXPIRED", "QUOTA_EXHAUSTED"));
            SubscriberId subscriber = SubscriberId.random();
            Instant end = Instant.parse("2026-12-01T00:00:00Z");
            append("Subscriber", subscriber.toString(), new SubscriberQuotaExhausted(subscriber, tenant, end.minusSeconds(86_400 * 30),
                    10_001, 10_000, QuotaState.BLOCKED, null));
            append("Subscriber", subscriber.toString(), new SubscriptionExpired(subscriber, tenant, end));

            JsonNode quota = JSON.readTree(receiver.next(WITHIN).body());
            JsonNode expiry = JSON.readTree(receiver.next(WITHIN).body());
            assertThat(quota.get("type").asString()).isEqualTo("QUOTA_EXHAUSTED");
            assertThat(quota.get("data").get("state").asString()).isEqualTo("BLOCKED");
            assertThat(expiry.get("type").asString()).isEqualTo("SUBSCRIPTION_EXPIRED");
            assertThat(expiry.get("data").get("expiredAt").asString()).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(expiry.get("subject").asString()).isEqualTo("subscriber:" + subscriber);
        }
    }

    /** As if the webhook's name now resolved to the metadata service (DNS rebinding): the URL is checked again. */
    @Test
    void aUrlIsCheckedAgainBeforeEachDelivery() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String webhook = register(receiver, List.of("ROUTER_OFFLINE")).id();
            appDatabase.update("UPDATE webhook SET url = 'http://169.254.169.254/latest/meta-data/' WHERE id = ?::uuid", webhook);
            RouterId router = aRouter();
            append(router, new RouterWentOffline(router, tenant, Instant.now().minusSeconds(300), Instant.now()));

            JsonNode logged = Eventually.value(() -> deliveries(webhook), items -> items.size() == 1
                    && items.get(0).get("attempts").asInt() >= 2, WITHIN).get(0);
            assertThat(logged.get("lastError").asString()).startsWith("refused: ");
            assertThat(logged.path("deliveredAt").isNull()).isTrue();
            assertThat(logged.path("lastStatus").isNull()).isTrue();
            assertThat(receiver.count()).isZero();
        }
    }

    @Test
    void aDeliveryThatCannotBeSentHoldsUpNoOtherWebhook() throws Exception {
        try (WebhookReceiver broken = WebhookReceiver.answering(); WebhookReceiver sound = WebhookReceiver.answering()) {
            String brokenHook = register(broken, List.of("ROUTER_OFFLINE")).id();
            register(sound, List.of("ROUTER_OFFLINE"));
            // a secret that no longer opens: sealed for another subject
            appDatabase.update("UPDATE webhook SET secret = (SELECT secret FROM webhook WHERE id <> ?::uuid LIMIT 1) WHERE id = ?::uuid",
                    brokenHook, brokenHook);
            RouterId router = aRouter();
            append(router, new RouterWentOffline(router, tenant, Instant.now().minusSeconds(300), Instant.now()));

            assertThat(sound.next(WITHIN)).isNotNull();
            JsonNode logged = Eventually.value(() -> deliveries(brokenHook), items -> items.size() == 1
                    && items.get(0).get("attempts").asInt() >= 1, WITHIN).get(0);
            assertThat(logged.get("lastError").asString()).startsWith("not sent: ");
            assertThat(broken.count()).isZero();
        }
    }

    /** Several processes poll the outbox at once; here three extra pollers race the scheduled one. */
    @Test
    void deliverersRacingEachOtherPostEachDeliveryOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering().slowly(Duration.ofMillis(150))) {
            register(receiver, List.of("ROUTER_OFFLINE"));
            AtomicBoolean done = new AtomicBoolean();
            for (int i = 0; i < 6; i++) {
                RouterId router = aRouter();
                append(router, new RouterWentOffline(router, tenant, Instant.now().minusSeconds(300), Instant.now()));
            }
            List<Thread> pollers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Thread poller = new Thread(() -> {
                    while (!done.get()) {
                        deliverer.deliverDue();
                    }
                });
                poller.start();
                pollers.add(poller);
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(JSON.readTree(receiver.next(WITHIN).body()).get("id").asString());
            }
            done.set(true);
            for (Thread poller : pollers) {
                poller.join(WITHIN.toMillis());
            }
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(receiver.count()).isZero();
        }
    }

    private String endingInTwoDays(String pkg) {
        return admin.post("/api/v1/subscribers", Map.of("username", "ending-" + System.nanoTime(), "password", "secret-123",
                "type", "HOTSPOT", "packageId", pkg, "expiresAt", Instant.now().plus(Duration.ofDays(2)).toString())).id();
    }

    private Api.Answer register(WebhookReceiver receiver, List<String> types) {
        Api.Answer answer = admin.post("/api/v1/webhooks", Map.of("url", receiver.url(), "events", types, "secret", SECRET));
        if (answer.status() == 201) {
            registered.add(answer.id());
        }
        return answer;
    }

    private List<JsonNode> deliveries(String webhook) {
        Api.Answer answer = admin.get("/api/v1/webhooks/" + webhook + "/deliveries");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("items").valueStream().toList();
    }

    /** A router of the tenant's, so that every projector knows the router the appended events are about. */
    private RouterId aRouter() {
        return RouterId.of(UUID.fromString(admin.post("/api/v1/routers", Map.of("name", "hooked-" + System.nanoTime())).id()));
    }

    private void append(RouterId router, Object event) {
        append("Router", router.toString(), event);
    }

    /** As the aggregate would record it: the sweepers and policies that do so are other specifications'. */
    private void append(String type, String aggregate, Object event) {
        long next = events.lastSequenceNumberFor(aggregate).orElse(-1L) + 1;
        events.publish(new GenericDomainEventMessage<>(type, aggregate, next, event));
    }

    private String storedEventsText() {
        return String.join("\n", appDatabase.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE payload_type LIKE '%Webhook%'", String.class));
    }

    private static String type(WebhookReceiver.Received received) {
        assertThat(received).isNotNull();
        return JSON.readTree(received.body()).get("type").asString();
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
