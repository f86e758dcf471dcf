package io.ispflow.radius.rebuild;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the event store on a thread of its own, a few batches ahead of the replay, and deserialises each
 * event's payload there: the replay's thread then only projects and writes, while the next events are
 * fetched and parsed on the other core.
 */
final class ReadAhead implements AutoCloseable {

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final BlockingQueue<TrackedEventMessage<?>> read;
    private final Thread reader;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    ReadAhead(BlockingStream<TrackedEventMessage<?>> stream, int capacity) {
        this.stream = stream;
        this.read = new ArrayBlockingQueue<>(capacity);
        this.reader = new Thread(this::readUntilClosed, "radius-replay-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event, left in place; null when none arrives within {@code patience}. */
    TrackedEventMessage<?> peek(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        TrackedEventMessage<?> next;
        while ((next = read.peek()) == null && System.nanoTime() < deadline) {
            failIfReaderFailed();
            sleep();
        }
        return next;
    }

    /** Takes the event {@link #peek} answered. */
    TrackedEventMessage<?> take() {
        TrackedEventMessage<?> next = read.poll();
        if (next == null) {
            throw new IllegalStateException("take without an event peeked");
        }
        return next;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        stream.close();
    }

    private void readUntilClosed() {
        try {
            while (!closed) {
                if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    parse(event);
                    read.put(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) {
                failure = e;
            }
        }
    }

    /** Deserialises the payload here rather than in the projector; one that fails fails again where it is needed. */
    private static void parse(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
        } catch (RuntimeException notHere) {
            // the projector meets the same error if it handles this event, and reports it there
        }
    }

    private void failIfReaderFailed() {
        if (failure != null) {
            throw new IllegalStateException("reading the event store failed", failure);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event store", e);
        }
    }
}
