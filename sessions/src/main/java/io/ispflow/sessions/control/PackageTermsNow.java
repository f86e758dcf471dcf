package io.ispflow.sessions.control;

import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A package's terms as its newest event states them. Read from the event store rather than a read model:
 * the read model may lag behind the change of package being handled, and a projection of this processor's
 * own would miss every package created before its first start, which begins at the head. A package has a
 * handful of events, each carrying its whole terms, so there is nothing to fold: the last one wins.
 */
@Component
class PackageTermsNow {

    private final EventStore events;

    PackageTermsNow(EventStore events) {
        this.events = events;
    }

    Optional<PackageTerms> of(PackageId packageId) {
        return before(packageId, Long.MAX_VALUE);
    }

    /** The terms the package had before its event of this sequence number; none if that was its first. */
    Optional<PackageTerms> before(PackageId packageId, long sequenceNumber) {
        PackageTerms[] newest = new PackageTerms[1];
        // from the first event, never from a snapshot, which would not be a message with terms
        events.readEvents(packageId.toString(), 0).asStream()
                .takeWhile(message -> message.getSequenceNumber() < sequenceNumber)
                .map(message -> message.getPayload()).forEach(payload -> {
                    if (payload instanceof PackageCreated created) {
                        newest[0] = created.terms();
                    } else if (payload instanceof PackageUpdated updated) {
                        newest[0] = updated.terms();
                    }
                });
        return Optional.ofNullable(newest[0]);
    }
}
