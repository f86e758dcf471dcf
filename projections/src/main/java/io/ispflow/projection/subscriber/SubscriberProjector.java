package io.ispflow.projection.subscriber;

import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.projection.ProjectionsConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the subscriber list. Packages are projected by the same processor, so their names are there. */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class SubscriberProjector {

    private final SubscriberEntries subscribers;

    SubscriberProjector(SubscriberEntries subscribers) {
        this.subscribers = subscribers;
    }

    @EventHandler
    void on(SubscriberCreated e, @Timestamp Instant at) {
        subscribers.save(new SubscriberEntry(e, subscribers.packageName(e.packageId().value()), at));
    }

    /** A replay rebuilds the list from the first event. */
    @ResetHandler
    void reset() {
        subscribers.deleteAllInBatch();
    }
}
