package io.ispflow.server;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * A value must arrive as the JSON type the API documents: no fraction cut off into a whole number, no
 * number read out of a string or a string made of a number, no instant counted from a number: each is
 * refused with the field at fault. A property given twice, or a body over a megabyte, makes the whole
 * body unreadable.
 */
@ApiTest
class JsonCoercionTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api api;
    Refusals refusals;
    String subscriber;

    @BeforeEach
    void aSubscriber() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        refusals = new Refusals(appDatabase);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Coerced", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        subscriber = "/api/v1/subscribers/" + api.post("/api/v1/subscribers", Map.of("username", "coerced-" + System.nanoTime(),
                "password", "secret-123", "type", "PPPOE", "packageId", pkg)).id();
    }

    @Test
    void aFractionIsNoWholeNumber() {
        expectRefused(packageWith("\"downloadKbps\":1.5"), "downloadKbps");
        expectRefused(packageWith("\"downloadKbps\":1000.0"), "downloadKbps");
        refusals.expect(() -> api.postRaw(subscriber + "/renew", "{\"days\":30.0}"), 400, "VALIDATION_FAILED", "days");
    }

    @Test
    void aNumberInAStringIsNoNumber() {
        expectRefused(packageWith("\"downloadKbps\":\"100\""), "downloadKbps");
        expectRefused(packageWith("\"downloadKbps\":1000,\"price\":\"9.99\""), "price");
        refusals.expect(() -> api.postRaw(subscriber + "/renew", "{\"days\":\"30\"}"), 400, "VALIDATION_FAILED", "days");
    }

    @Test
    void aNumberOrABooleanIsNoString() {
        refusals.expect(() -> api.postRaw("/api/v1/packages", "{\"name\":123,\"downloadKbps\":1000,\"uploadKbps\":1000}"),
                400, "VALIDATION_FAILED", "name");
        refusals.expect(() -> api.postRaw(subscriber + "/suspend", "{\"reason\":true}"), 400, "VALIDATION_FAILED", "reason");
    }

    @Test
    void aBooleanOrANumberIsNoEnum() {
        refusals.expect(() -> api.postRaw("/api/v1/operators", "{\"username\":\"coerced-role\",\"password\":\"operator-password\","
                + "\"role\":1}"), 400, "VALIDATION_FAILED", "role");
    }

    @Test
    void anInstantIsWrittenOutNotCounted() {
        refusals.expect(() -> api.postRaw(subscriber + "/renew", "{\"until\":1900000000}"), 400, "VALIDATION_FAILED", "until");
    }

    @Test
    void aNumberBeyondItsTypeIsRefusedWithItsField() {
        expectRefused(packageWith("\"downloadKbps\":99999999999"), "downloadKbps");
    }

    @Test
    void aPropertyTheApiDoesNotKnowIsRefusedRatherThanPassedOver() {
        expectRefused(packageWith("\"downloadKbps\":1000,\"valdityDays\":30"), "valdityDays");
    }

    @Test
    void aPropertyGivenTwiceMakesTheBodyUnreadable() {
        refusals.expect(() -> api.postRaw(subscriber + "/suspend", "{\"reason\":\"unpaid\",\"reason\":\"paid\"}"),
                400, "VALIDATION_FAILED", "body");
    }

    @Test
    void aBodyOverAMegabyteIsRefusedBeforeItIsReadWhole() {
        refusals.expect(() -> api.postRaw(subscriber + "/suspend", "{\"reason\":\"unpaid\"" + " ".repeat(1_100_000) + "}"),
                400, "VALIDATION_FAILED", "body");
    }

    private void expectRefused(String packageBody, String field) {
        refusals.expect(() -> api.postRaw("/api/v1/packages", packageBody), 400, "VALIDATION_FAILED", field);
    }

    private static String packageWith(String downloadAndMore) {
        return "{\"name\":\"Coerced\",\"uploadKbps\":1000," + downloadAndMore + "}";
    }
}
