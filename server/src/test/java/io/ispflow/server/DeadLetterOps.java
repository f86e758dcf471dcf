package io.ispflow.server;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform administrator's view of the processors and their dead letters, as the dead-letter tests read it. */
public final class DeadLetterOps {

    /** Parking waits for a failed batch to be tried again, one event at a time, after the processor's back-off. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Api platform;

    public DeadLetterOps(int port) {
        platform = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
    }

    public Api platform() {
        return platform;
    }

    /** The group's parked events of one aggregate ({@code sequence}, its id), in order. */
    public List<JsonNode> parked(String group, String sequence) {
        JsonNode letters = platform.get("/api/v1/ops/dead-letters/" + group).body().get("deadLetters");
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(letter -> letter.get("sequence").asString().equals(sequence)).toList();
    }

    /**
     * Waits for {@code count} parked events of the aggregate, and checks that the first was refused for
     * {@code cause} and the others are parked behind it, in the order of the event store.
     */
    public List<JsonNode> parkedBehindOne(String group, String sequence, int count, String eventType, String cause) {
        List<JsonNode> parked = Eventually.value(() -> parked(group, sequence), letters -> letters.size() == count, PATIENCE);
        assertThat(parked.get(0).get("eventType").asString()).isEqualTo(eventType);
        assertThat(parked.get(0).get("cause").asString()).contains(cause);
        for (int behind = 1; behind < count; behind++) {
            assertThat(parked.get(behind).get("cause").isNull()).as("parked behind the first").isTrue();
            assertThat(parked.get(behind).get("position").asLong()).isGreaterThan(parked.get(behind - 1).get("position").asLong());
        }
        return parked;
    }

    /** Retries the aggregate's parked events of the group. */
    public Api.Answer retry(String group, String sequence) {
        return platform.post("/api/v1/ops/dead-letters/" + group + "/retry?sequence=" + sequence, Map.of());
    }

    /** The processor's entry in {@code /ops/projections}. */
    public JsonNode processor(String name) {
        return StreamSupport.stream(platform.get("/api/v1/ops/projections").body().get("processors").spliterator(), false)
                .filter(processor -> processor.get("name").asString().equals(name)).findFirst().orElseThrow();
    }
}
