package io.ispflow.command;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Expected events with clear values, compared with events sealed by a vault: a sealed field differs on
 * every sealing, so both sides are compared opened. The subject is the event's first field, its aggregate's id.
 */
public final class SealedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SealedEvents() {
    }

    /** A value as an expected event (or a given one) holds it: the clear form, which opens like a sealed one. */
    public static SealedValue clear(Object value) {
        return SealedValue.legacy(JSON.writeValueAsString(value));
    }

    public static Matcher<List<EventMessage<?>>> sealedAs(PersonalDataVault vault, Object... expected) {
        List<Map.Entry<String, JsonNode>> wanted = Arrays.stream(expected).map(event -> opened(vault, event)).toList();
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return events.stream().map(event -> opened(vault, event.getPayload())).toList().equals(wanted);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events that open to ").appendValue(wanted);
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description description) {
                description.appendText("opened to ")
                           .appendValue(events.stream().map(event -> opened(vault, event.getPayload())).toList());
            }
        };
    }

    private static Map.Entry<String, JsonNode> opened(PersonalDataVault vault, Object event) {
        ObjectNode tree = (ObjectNode) JSON.valueToTree(event);
        UUID subject = UUID.fromString(tree.properties().iterator().next().getValue().asString());
        for (String field : List.copyOf(tree.propertyNames())) {
            JsonNode value = tree.get(field);
            if (value.isString() && SealedValue.looksSealed(value.asString())) {
                tree.set(field, vault.openTree(subject, SealedValue.of(value.asString()))
                                     .orElse(tree.stringNode("(erased)")));
            }
        }
        return Map.entry(event.getClass().getSimpleName(), tree);
    }
}
