package io.ispflow.kernel;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are the permanent record: their JSON must not change by accident. Each example is
 * compared with {@code events/<Event>.json}; a change of shape needs a new {@code @Revision}, an
 * upcaster for the old shape and a new file, never an edit of an old one.
 */
class EventContractTest {

    /** Decimals stay decimals, so a price of 25.00 reads back as 25.00. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TestFactory
    Stream<DynamicTest> everyEventKeepsItsRecordedShape() {
        return EventExamples.all().stream().map(event -> DynamicTest.dynamicTest(event.getClass().getSimpleName(), () -> {
            String file = "events/" + fileName(event.getClass());
            try (InputStream recorded = getClass().getClassLoader().getResourceAsStream(file)) {
                assertThat(recorded).as("no recorded shape %s; it would be:%n%s", file,
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event)).isNotNull();
                JsonNode expected = JSON.readTree(recorded);
                JsonNode actual = JSON.valueToTree(event);
                assertThat(actual).as("%s changed shape", event.getClass().getSimpleName())
                        .isEqualTo(expected);
                assertThat(JSON.treeToValue(expected, event.getClass())).isEqualTo(event);
            }
        }));
    }

    /**
     * Events are the kernel's records named in the past tense (…ed, …en as in Forgotten, or an irregular
     * verb before the last word as in RouterWentOffline and VpnServerCameUp); each needs an example.
     */
    @Test
    void everyEventHasAnExample() throws IOException, URISyntaxException {
        Path kernel = Path.of(TenantId.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                          .resolve("io/ispflow/kernel");
        Set<String> events;
        try (Stream<Path> classes = Files.walk(kernel)) {
            events = classes.map(path -> path.getFileName().toString())
                            .filter(name -> name.endsWith(".class"))
                            .map(name -> name.substring(0, name.length() - ".class".length()))
                            .filter(name -> name.matches("\\w+(ed|en)|\\w+(Went|Came)[A-Z]\\w*"))
                            .collect(Collectors.toSet());
        }
        Set<String> examples = EventExamples.all().stream().map(event -> event.getClass().getSimpleName())
                                            .collect(Collectors.toSet());
        assertThat(examples).containsExactlyInAnyOrderElementsOf(events);
    }

    private static String fileName(Class<?> eventType) {
        Revision revision = eventType.getAnnotation(Revision.class);
        return eventType.getSimpleName() + (revision == null ? "" : "-r" + revision.value()) + ".json";
    }
}
