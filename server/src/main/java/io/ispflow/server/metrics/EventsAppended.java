package io.ispflow.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * {@code ispflow.events.appended}: events this process appended to the event store, by type, counted
 * once their transaction commits (a rolled-back command appended nothing).
 */
@Component
class EventsAppended {

    static final String NAME = "ispflow.events.appended";

    private final MeterRegistry registry;

    EventsAppended(EventStore eventStore, MeterRegistry registry) {
        this.registry = registry;
        eventStore.registerDispatchInterceptor(events -> (index, event) -> {
            countOnCommit(event);
            return event;
        });
    }

    private void countOnCommit(EventMessage<?> event) {
        Counter counter = Counter.builder(NAME)
                .description("Events appended to the event store by this process, by type")
                .tag("event", event.getPayloadType().getSimpleName())
                .register(registry);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(committed -> counter.increment());
        } else {
            counter.increment();
        }
    }
}
