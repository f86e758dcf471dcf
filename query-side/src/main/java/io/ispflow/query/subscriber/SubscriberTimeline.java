package io.ispflow.query.subscriber;

import io.ispflow.eventstore.AggregateHistory;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * A subscriber's events straight from the event store (upcast as Axon reads them), each with its
 * position. Only the subscriber's own tenant sees them.
 */
@Component
class SubscriberTimeline {

    private final AggregateHistory history;
    private final PersonalDataVault vault;

    SubscriberTimeline(AggregateHistory history, PersonalDataVault vault) {
        this.history = history;
        this.vault = vault;
    }

    List<AggregateHistory.Entry> of(SubscriberId id, Actor actor) {
        List<AggregateHistory.Entry> timeline = history.of(id);
        if (timeline.isEmpty() || !(timeline.get(0).event().getPayload() instanceof SubscriberCreated created)
                || !created.tenantId().equals(actor.tenantId())) {
            throw new NotFoundException("subscriber " + id);
        }
        return timeline;
    }

    /** Its events up to and including {@code at}, folded; before the subscriber existed there is nothing to show. */
    SubscriberAsOf asOf(SubscriberId id, Instant at, Actor actor) {
        List<AggregateHistory.Entry> events = of(id, actor);
        AggregateHistory.Entry first = events.get(0);
        if (first.event().getTimestamp().isAfter(at)) {
            throw new NotFoundException("subscriber " + id + " at " + at);
        }
        SubscriberFold fold = new SubscriberFold((SubscriberCreated) first.event().getPayload(), first.event().getTimestamp(),
                vault);
        events.stream().skip(1)
              .filter(entry -> !entry.event().getTimestamp().isAfter(at))
              .forEach(entry -> fold.apply(entry.event().getPayload(), entry.event().getTimestamp()));
        return fold.asOf(at);
    }
}
