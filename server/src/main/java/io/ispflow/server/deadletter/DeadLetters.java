package io.ispflow.server.deadletter;

import io.ispflow.eventstore.DeadLetterTable;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One processing group's dead letters: the events its processor could not project, each parked with the
 * later events of its aggregate, in Axon's JDBC dead-letter queue on the group's own database; and the
 * way back for them, a retry through the group's own event handlers.
 */
public final class DeadLetters {

    /** What a retry did: events projected and evicted, and how many are still parked in the group. */
    public record Retried(String group, int projected, long stillParked) {
    }

    private final String group;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Runnable writeEvent;
    private final Supplier<EventHandlerInvoker> handlers;

    /**
     * {@code writeEvent} writes what the event being handled changed, where the group's projectors would
     * leave it for their batch's commit; {@code handlers} are the group's event handlers.
     */
    DeadLetters(String group, SequencedDeadLetterQueue<EventMessage<?>> queue, JdbcTemplate jdbc,
                PlatformTransactionManager transactions, Runnable writeEvent, Supplier<EventHandlerInvoker> handlers) {
        this.group = group;
        this.queue = queue;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.writeEvent = writeEvent;
        this.handlers = handlers;
    }

    public String group() {
        return group;
    }

    public long size() {
        return queue.size();
    }

    /** Events of one aggregate stay in order: an aggregate with a parked event has all its later ones parked. */
    static String sequenceOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    /** Every aggregate with parked events, with one query. */
    Set<String> parkedSequences() {
        return DeadLetterTable.parkedSequences(jdbc, group);
    }

    boolean isParked(String sequence) {
        return queue.contains(sequence);
    }

    /** Parks the event in the transaction open on this thread; a null cause: an earlier event of its aggregate is parked. */
    void park(EventMessage<?> event, Cause cause) {
        Instant now = Instant.now();
        queue.enqueue(sequenceOf(event), new GenericDeadLetter<>(sequenceOf(event), event, cause, now, now,
                MetaData.emptyInstance()));
    }

    void writeEvent() {
        writeEvent.run();
    }

    public List<ParkedEvent> list() {
        List<ParkedEvent> letters = new ArrayList<>();
        queue.deadLetters().forEach(sequence -> sequence.forEach(letter -> letters.add(view(letter))));
        return letters;
    }

    /**
     * Projects the parked events again, oldest first, each in a transaction of its own that also evicts it;
     * the first that fails again stays parked with its new cause, and so do the later ones of its aggregate.
     */
    public Retried retry(Optional<String> onlySequence) {
        int projected = 0;
        for (Iterable<? extends DeadLetter<? extends EventMessage<?>>> sequence
                : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (onlySequence.isPresent() && !onlySequence.get().equals(sequenceOf(letter.message()))) {
                    break;
                }
                try {
                    transactions.executeWithoutResult(t -> {
                        project(letter.message());
                        queue.evict(letter);
                    });
                    projected++;
                } catch (RuntimeException e) {
                    Cause cause = PoisonCause.of(e).orElseGet(() -> new ThrowableCause(
                            e.getClass().getName(), "the retry failed before the event could be projected"));
                    transactions.executeWithoutResult(t -> queue.requeue(letter, touched ->
                            new GenericDeadLetter<>(sequenceOf(touched.message()), touched.message(), cause,
                                    touched.enqueuedAt(), Instant.now(), touched.diagnostics())));
                    break;
                }
            }
        }
        return new Retried(group, projected, queue.size());
    }

    private void project(EventMessage<?> event) {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> {
            handlers.get().handle(event, Segment.ROOT_SEGMENT);
            writeEvent.run();
            return null;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    private static ParkedEvent view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Optional<Cause> cause = letter.cause();
        return new ParkedEvent(sequenceOf(event),
                DeadLetterTable.sequenceIndexOf(letter),
                event.getIdentifier(), event.getPayloadType().getSimpleName(), position,
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                event.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null));
    }
}
