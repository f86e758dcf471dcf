package io.ispflow.query.subscriber;

import io.ispflow.eventstore.AggregateHistory;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A subscriber's events straight from the event store (upcast as Axon reads them), each with its
 * position. Only the subscriber's own tenant sees them.
 */
@Component
class SubscriberTimeline {

    private final AggregateHistory history;

    SubscriberTimeline(AggregateHistory history) {
        this.history = history;
    }

    List<AggregateHistory.Entry> of(SubscriberId id, Actor actor) {
        List<AggregateHistory.Entry> timeline = history.of(id);
        if (timeline.isEmpty() || !(timeline.get(0).event().getPayload() instanceof SubscriberCreated created)
                || !created.tenantId().equals(actor.tenantId())) {
            throw new NotFoundException("subscriber " + id);
        }
        return timeline;
    }
}
