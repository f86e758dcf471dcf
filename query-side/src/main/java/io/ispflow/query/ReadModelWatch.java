package io.ispflow.query;

import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One reader of the read model's token for every request waiting on it: while anyone waits it reads the
 * token once an interval and wakes each request whose position the read model has passed, so a thousand
 * waiting requests cost the database what one does.
 */
final class ReadModelWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadModelWatch.class);

    private record Waiter(long position, CompletableFuture<Void> passed) {
    }

    private final Supplier<List<TrackingToken>> segments;
    private final Duration interval;
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code segments} reads the token of each of the read model's segments (null: it has processed nothing). */
    ReadModelWatch(Supplier<List<TrackingToken>> segments, Duration interval) {
        this.segments = segments;
        this.interval = interval;
    }

    /** Waits, at most {@code maxWait}, until the read model has passed {@code position}; false when it has not. */
    boolean awaitPassed(long position, Duration maxWait) {
        Waiter waiter = new Waiter(position, new CompletableFuture<>());
        waiters.add(waiter);
        if (reading.compareAndSet(false, true)) {
            reader.execute(this::read);
        }
        try {
            waiter.passed().get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read model", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for the read model failed", e.getCause());
        } finally {
            waiters.remove(waiter);
        }
    }

    private void read() {
        try {
            List<TrackingToken> tokens = segments.get();
            waiters.removeIf(waiter -> passed(tokens, waiter.position()) && waiter.passed().complete(null));
        } catch (RuntimeException e) {
            // the waiters time out if the database stays away; the next read may find it again
            log.debug("reading the read model's token failed", e);
        }
        reading.set(false);
        if (!waiters.isEmpty() && reading.compareAndSet(false, true)) {
            reader.schedule(this::read, interval.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private static boolean passed(List<TrackingToken> tokens, long position) {
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token != null && ReadModelPosition.reached(token, position));
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
