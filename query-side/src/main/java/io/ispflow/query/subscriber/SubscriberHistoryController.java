package io.ispflow.query.subscriber;

import io.ispflow.eventstore.AggregateHistory;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The auditor's endpoints: a subscriber's every event, and its state at any instant, from the event store. */
@RestController
@RequestMapping("/api/v1/subscribers/{id}")
class SubscriberHistoryController {

    /**
     * {@code actor}: the acting operator's id, or {@code system} for a policy's change; {@code actorUsername}:
     * that operator's username, or {@code system}. {@code erased}: the payload's personal data was erased
     * when the subscriber was forgotten.
     */
    record HistoryEntry(String type, long position, long sequence, Instant timestamp, String actor, String actorUsername,
                        String requestId, String clientIp, JsonNode payload, boolean erased) {
    }

    record History(UUID subscriberId, List<HistoryEntry> events) {
    }

    private final SubscriberTimeline timeline;
    private final PersonalDataVault vault;
    private final ActorNames actorNames;

    SubscriberHistoryController(SubscriberTimeline timeline, PersonalDataVault vault, ActorNames actorNames) {
        this.timeline = timeline;
        this.vault = vault;
        this.actorNames = actorNames;
    }

    @GetMapping("/history")
    History history(@PathVariable UUID id, Actor actor) {
        List<AggregateHistory.Entry> events = timeline.of(SubscriberId.of(id), actor);
        Function<String, String> username = actorNames.of(actor.tenantId(),
                events.stream().map(entry -> metaData(entry, "operatorId")).toList());
        return new History(id, events.stream().map(entry -> {
            Redaction.Redacted payload = Redaction.redacted(entry.event().getPayload(), id, vault);
            String actedBy = metaData(entry, "operatorId");
            return new HistoryEntry(entry.event().getPayloadType().getSimpleName(), entry.position(),
                    entry.event().getSequenceNumber(), entry.event().getTimestamp(), actedBy, username.apply(actedBy),
                    metaData(entry, "requestId"), metaData(entry, "clientIp"), payload.payload(), payload.erased());
        }).toList());
    }

    /** Events up to and including {@code at}; before the subscriber existed there is nothing to show. */
    @GetMapping("/as-of")
    SubscriberAsOf asOf(@PathVariable UUID id, @RequestParam Instant at, Actor actor) {
        return timeline.asOf(SubscriberId.of(id), at, actor);
    }

    private static String metaData(AggregateHistory.Entry entry, String key) {
        Object value = entry.event().getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
