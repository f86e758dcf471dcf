package io.ispflow.server;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** X-Min-Position lets the admin app read its own writes, and says so when the read model lags. */
@ApiTest
class ReadYourWritesTest {

    static {
        ApiTest.Databases.prepare();
    }

    /** ApiTest's {@code ispflow.query.max-position-wait}. */
    static final Duration MAX_POSITION_WAIT = Duration.ofSeconds(1);

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processors;

    Api api;

    @BeforeEach
    void signIn() {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
    }

    @Test
    void aReadWithThePositionOfAWriteSeesTheWrite() {
        for (int i = 0; i < 5; i++) {
            Api.Answer created = api.post("/api/v1/packages", Map.of("name", "Burst " + i, "downloadKbps", 1000 + i, "uploadKbps", 512));

            Api.Answer read = api.get("/api/v1/packages/" + created.id(), created.position());

            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().get("downloadKbps").asInt()).isEqualTo(1000 + i);
        }
    }

    @Test
    void aPositionBeyondTheEventStoresHeadAnswersAtOnceInsteadOfWaiting() {
        Api.Answer created = api.post("/api/v1/packages", Map.of("name", "Beyond", "downloadKbps", 1000, "uploadKbps", 512));

        long started = System.nanoTime();
        Api.Answer read = api.get("/api/v1/packages/" + created.id(), created.position() + 1_000_000);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(read.status()).isEqualTo(400);
        assertThat(read.code()).isEqualTo("POSITION_BEYOND_HEAD");
        assertThat(took).isLessThan(MAX_POSITION_WAIT.dividedBy(2));
    }

    @Test
    void aPositionTheReadModelDoesNotReachInTimeAnswers504() {
        TrackingEventProcessor readModel = processors.eventProcessor("read-model", TrackingEventProcessor.class).orElseThrow();
        readModel.shutDown();
        try {
            Api.Answer created = api.post("/api/v1/packages", Map.of("name", "Lag", "downloadKbps", 1000, "uploadKbps", 512));

            Api.Answer read = api.get("/api/v1/packages/" + created.id(), created.position());

            assertThat(read.status()).isEqualTo(504);
            assertThat(read.code()).isEqualTo("PROJECTION_LAGGING");
        } finally {
            readModel.start();
        }
    }

    @Test
    void aPositionMustBeANumber() {
        Api.Answer read = api.send("/api/v1/packages", "X-Min-Position", "latest");

        assertThat(read.status()).isEqualTo(400);
        assertThat(read.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anUnknownIdAnswers404() {
        Api.Answer read = api.get("/api/v1/subscribers/" + UUID.randomUUID());

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void listsArePaged() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/routers", Map.of("name", "paged-" + i));
        }
        Api.Answer last = api.post("/api/v1/routers", Map.of("name", "paged-3"));

        Api.Answer page = api.get("/api/v1/routers?page=1&size=2", last.position());

        assertThat(page.body().get("page").asInt()).isEqualTo(1);
        assertThat(page.body().get("size").asInt()).isEqualTo(2);
        assertThat(page.body().get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(page.body().get("items").size()).isEqualTo(2);
        assertThat(api.get("/api/v1/routers?size=501").code()).isEqualTo("VALIDATION_FAILED");
    }
}
