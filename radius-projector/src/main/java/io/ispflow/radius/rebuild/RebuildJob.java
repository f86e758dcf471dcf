package io.ispflow.radius.rebuild;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** One rebuild of the RADIUS tables, as an operator follows it. */
public final class RebuildJob implements ReplayProgress {

    /** A rebuild runs until the swap is done or it fails; a failed one left the live tables as they were. */
    public enum State { RUNNING, SUCCEEDED, FAILED }

    /** What the job's endpoint answers; {@code total} is the event store's head position at the start. */
    public record Status(UUID jobId, State state, long processed, long total, Instant startedAt, Instant finishedAt,
                         String error) {
    }

    private final UUID id = UUID.randomUUID();
    private final Instant startedAt = Instant.now();
    private final AtomicLong processed = new AtomicLong();
    private volatile long total;
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;

    public UUID id() {
        return id;
    }

    @Override
    public void total(long events) {
        total = events;
    }

    @Override
    public void event() {
        processed.incrementAndGet();
    }

    void succeeded() {
        finish(State.SUCCEEDED, null);
    }

    void failed(Exception cause) {
        finish(State.FAILED, String.valueOf(cause.getMessage()));
    }

    public Status status() {
        return new Status(id, state, processed.get(), total, startedAt, finishedAt, error);
    }

    private void finish(State outcome, String message) {
        error = message;
        finishedAt = Instant.now();
        state = outcome;
    }
}
