package io.ispflow.server.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one unprojectable event from stopping its processor. A batch is handled as fast as ever, its writes
 * left to its commit. When a batch fails, it is tried again one event at a time, each written before the
 * next, so the event the database refuses shows itself; that attempt fails too (on PostgreSQL, and under
 * Hibernate, a refused statement spoils its whole transaction), and the next one parks that event as a dead
 * letter, with the later events of its aggregate, in the batch's transaction with the token and the other
 * events' rows. A failure that is not the event's (see {@link PoisonCause}) parks nothing: the processor
 * retries until it passes. Events of an aggregate with a parked event are parked behind it, in order.
 */
final class PoisonIsolation implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(PoisonIsolation.class);

    private final DeadLetters deadLetters;
    private final String parkedKey;
    /** Events a failed batch found unprojectable, by identifier, to be parked when it is tried again. */
    private final Map<String, Cause> poison = new ConcurrentHashMap<>();
    private volatile boolean oneByOne;

    PoisonIsolation(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
        this.parkedKey = PoisonIsolation.class.getName() + "." + deadLetters.group();
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> batch, InterceptorChain chain) throws Exception {
        EventMessage<?> event = batch.getMessage();
        Set<String> parked = batch.root().getOrComputeResource(parkedKey, key -> startBatch(batch.root()));
        String sequence = DeadLetters.sequenceOf(event);
        Cause cause = poison.get(event.getIdentifier());
        if (cause != null || parked.contains(sequence) && deadLetters.isParked(sequence)) {
            deadLetters.park(event, cause);
            parked.add(sequence);
            log.warn("{} parked event {} ({}, aggregate {}) as a dead letter: {}", deadLetters.group(), event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), sequence,
                    cause == null ? "an earlier event of its aggregate is parked" : cause.message());
            return null;
        }
        return oneByOne ? handleAlone(event, chain) : chain.proceed();
    }

    /** Reads which aggregates have parked events once a batch, and learns from how the batch ends. */
    private Set<String> startBatch(UnitOfWork<?> batch) {
        batch.onRollback(failed -> oneByOne = true);
        batch.afterCommit(committed -> {
            oneByOne = false;
            poison.clear();
        });
        return new HashSet<>(deadLetters.parkedSequences());
    }

    /** Handles and writes one event in a unit of work of its own, so that its failure names it. */
    private Object handleAlone(EventMessage<?> event, InterceptorChain chain) throws Exception {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> {
            Object handled = chain.proceed();
            deadLetters.writeEvent();
            return handled;
        });
        if (!result.isExceptional()) {
            return result.getPayload();
        }
        Throwable failure = result.exceptionResult();
        Optional<Cause> cause = PoisonCause.of(failure);
        cause.ifPresent(found -> {
            poison.put(event.getIdentifier(), found);
            log.warn("{} cannot project event {} ({}): it is parked when the batch is tried again", deadLetters.group(),
                    event.getIdentifier(), event.getPayloadType().getSimpleName());
        });
        throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
    }
}
