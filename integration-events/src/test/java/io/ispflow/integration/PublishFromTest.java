package io.ispflow.integration;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a publisher that has never run reads first, given three stored events and then a new one. */
class PublishFromTest {

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    PublishFromTest() {
        for (long sequence = 0; sequence < 3; sequence++) {
            append(sequence);
        }
    }

    @AfterEach
    void shutDown() {
        events.shutDown();
    }

    @Test
    void fromTheBeginningEveryStoredEventIsPublished() {
        assertThat(readAfterOneMoreIsAppended(PublishFrom.BEGINNING)).containsExactly("event 0", "event 1", "event 2", "event 3");
    }

    @Test
    void fromNowOnlyEventsAppendedAfterTheFirstStartArePublished() {
        assertThat(readAfterOneMoreIsAppended(PublishFrom.NOW)).containsExactly("event 3");
    }

    private List<Object> readAfterOneMoreIsAppended(PublishFrom from) {
        List<Object> read = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(from.initialToken(events))) {
            append(3);
            while (stream.hasNextAvailable()) {
                read.add(stream.nextAvailable().getPayload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return read;
    }

    private void append(long sequence) {
        events.publish(new GenericDomainEventMessage<>("Subscriber", "s-1", sequence, "event " + sequence));
    }
}
