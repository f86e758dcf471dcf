package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber's whole life over HTTP, as an operator lives it through the admin app. */
@ApiTest
class SubscriberLifeTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api api;
    String basic;
    String premium;

    @BeforeEach
    void signIn() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        basic = api.post("/api/v1/packages", Map.of("name", "Life Basic", "downloadKbps", 10000, "uploadKbps", 2000,
                "validityDays", 30)).id();
        premium = api.post("/api/v1/packages", Map.of("name", "Life Premium", "downloadKbps", 50000, "uploadKbps", 10000)).id();
    }

    @Test
    void anOperatorTakesASubscriberFromSignUpToTermination() {
        String id = api.post("/api/v1/subscribers", Map.of("username", "life-" + shortId(), "password", "first-pass",
                "type", "PPPOE", "packageId", basic, "fullName", "Wanjiru K")).id();
        String path = "/api/v1/subscribers/" + id;

        assertThat(view(api.post(path + "/change-package", Map.of("packageId", premium))).get("packageName").asString())
                .isEqualTo("Life Premium");
        assertThat(api.post(path + "/change-password", Map.of("password", "second-pass")).status()).isEqualTo(200);
        assertThat(view(api.post(path + "/suspend", Map.of("reason", "unpaid"))).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(view(api.post(path + "/reactivate", Map.of())).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(view(api.post(path + "/renew", Map.of("until", "2031-01-01T00:00:00Z"))).get("expiresAt").asString())
                .isEqualTo("2031-01-01T00:00:00Z");
        assertThat(view(api.put(path + "/static-ip", Map.of("ip", "198.51.100.77")))
                .get("staticIp").asString()).isEqualTo("198.51.100.77");
        assertThat(view(api.delete(path + "/static-ip")).get("staticIp").isNull()).isTrue();
        assertThat(view(api.put(path + "/contact", Map.of("fullName", "Wanjiru Kamau",
                "phone", "+254 711 000000"))).get("fullName").asString()).isEqualTo("Wanjiru Kamau");
        assertThat(view(api.delete(path)).get("status").asString()).isEqualTo("TERMINATED");

        Api.Answer afterTermination = api.post(path + "/suspend", Map.of("reason", "too late"));
        assertThat(afterTermination.status()).isEqualTo(409);
        assertThat(afterTermination.code()).isEqualTo("SUBSCRIBER_TERMINATED");
        assertThat(eventTypes(id)).containsExactly("SubscriberCreated", "SubscriberPackageChanged",
                "SubscriberPasswordChanged", "SubscriberSuspended", "SubscriberReactivated", "SubscriptionRenewed",
                "StaticIpAssigned", "StaticIpReleased", "SubscriberContactUpdated", "SubscriberTerminated");
    }

    @Test
    void aCommandThatChangesNothingAppendsNothingAndAnswersTheCurrentPosition() {
        Api.Answer created = api.post("/api/v1/subscribers", Map.of("username", "idle-" + shortId(), "password", "first-pass",
                "type", "HOTSPOT", "packageId", basic));
        String path = "/api/v1/subscribers/" + created.id();
        Api.Answer suspended = api.post(path + "/suspend", Map.of("reason", "unpaid"));

        Api.Answer again = api.post(path + "/suspend", Map.of("reason", "still unpaid"));
        Api.Answer samePackage = api.post(path + "/change-package", Map.of("packageId", basic));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(suspended.position());
        assertThat(samePackage.position()).isEqualTo(suspended.position());
        assertThat(eventTypes(created.id())).containsExactly("SubscriberCreated", "SubscriberSuspended");
    }

    @Test
    void everyEventRecordsWhoDidItForWhichTenantInWhichRequestAndFromWhere() {
        Api.Answer created = api.post("/api/v1/subscribers", Map.of("username", "audit-" + shortId(), "password", "first-pass",
                "type", "HOTSPOT", "packageId", basic));

        Map<String, Object> metaData = JsonMapper.builder().build().readValue(appDatabase.queryForObject(
                "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, created.id()), Map.class);

        String admin = appDatabase.queryForObject("SELECT id::text FROM operator WHERE username = 'admin'", String.class);
        String tenant = appDatabase.queryForObject("SELECT tenant_id::text FROM operator WHERE username = 'admin'", String.class);
        assertThat(metaData).containsEntry("operatorId", admin)
                            .containsEntry("tenantId", tenant)
                            .containsEntry("requestId", created.requestId())
                            .containsEntry("clientIp", "127.0.0.1");
    }

    @Test
    void aFixedAddressBelongsToOneSubscriberOfTheTenant() {
        String ip = "198.51.100." + (10 + (int) (Math.random() * 200));
        Api.Answer first = api.post("/api/v1/subscribers", Map.of("username", "fixed-" + shortId(), "password", "first-pass",
                "type", "STATIC", "packageId", basic, "staticIp", ip));
        assertThat(first.status()).isEqualTo(201);

        Api.Answer second = api.post("/api/v1/subscribers", Map.of("username", "fixed-" + shortId(), "password", "first-pass",
                "type", "STATIC", "packageId", basic, "staticIp", ip));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("STATIC_IP_TAKEN");
    }

    @Test
    void aSubscriptionWhoseEndPassesExpiresWithoutAnyoneActingAndARenewalRevivesIt() {
        Api.Answer created = api.post("/api/v1/subscribers", Map.of("username", "lapsed-" + shortId(), "password", "first-pass",
                "type", "HOTSPOT", "packageId", basic, "expiresAt", Instant.now().plusSeconds(1).toString()));
        String path = "/api/v1/subscribers/" + created.id();

        Eventually.value(() -> api.get(path).body().get("status").asString(), "EXPIRED"::equals, Duration.ofSeconds(15));
        // ending within the notice period, it may have been noticed as ending soon by a sweep before its end
        assertThat(eventTypes(created.id())).filteredOn(type -> !type.equals("SubscriptionExpiryNoticed"))
                .containsExactly("SubscriberCreated", "SubscriptionExpired");
        assertThat(appDatabase.queryForObject("SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'operatorId' FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%.SubscriptionExpired'", String.class, created.id()))
                .isEqualTo("system");

        assertThat(view(api.post(path + "/renew", Map.of("days", 7))).get("status").asString()).isEqualTo("ACTIVE");
    }

    private JsonNode view(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return api.get("/api/v1/subscribers/" + answer.id(), answer.position()).body();
    }

    private List<String> eventTypes(String aggregateId) {
        return appDatabase.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
