package io.ispflow.eventstore;

import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What a router's registration answers: the tunnel address its RouterRegistered gave it, and the position. */
@Component
public class RouterRegistrations {

    /** The tunnel address a new router was given, and the position of its newest event. */
    public record Registration(String tunnelAddress, long position) {
    }

    private final EventStore events;
    private final EventStorePositions positions;

    RouterRegistrations(EventStore events, EventStorePositions positions) {
        this.events = events;
        this.positions = positions;
    }

    public Registration of(RouterId id) {
        RouterRegistered registered = (RouterRegistered) events.readEvents(id.toString()).next().getPayload();
        return new Registration(registered.tunnelAddress().toString(), positions.lastEventOf(id));
    }
}
