package io.ispflow.benchmark.accounting;

import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.server.IspflowApi;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lag from a radacct write to the subscriber's sessions endpoint showing it: two threads take the
 * pending samples in turn and ask {@code GET /api/v1/subscribers/{id}/sessions} (first page, newest first)
 * once per sample and turn, resting {@value #REST_MILLIS} ms after each miss so that the watch does not
 * become the server's load: the resolution is one turn over the pending samples.
 */
final class SessionLag implements AutoCloseable {

    /** The lags per kind of write, and how many never showed within the minute. */
    record Result(Map<String, LatencySummary> lags, int missing) {
    }

    enum Kind { START, INTERIM, STOP }

    private record Sample(Kind kind, UUID subscriberId, AccountingRow row, long writtenNanos) {
    }

    private static final int THREADS = 2;
    private static final long REST_MILLIS = 5;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final IspflowApi api;
    private final Queue<Sample> pending = new ConcurrentLinkedQueue<>();
    private final Map<Kind, Latencies> lags = Map.of(Kind.START, new Latencies(), Kind.INTERIM, new Latencies(),
            Kind.STOP, new Latencies());
    private final AtomicInteger missing = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    SessionLag(IspflowApi api) {
        this.api = api;
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(this::loop, "session-lag-" + t);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** A write of {@code row} committed at {@code writtenNanos} (System.nanoTime). */
    void watch(Kind kind, UUID subscriberId, AccountingRow row, long writtenNanos) {
        open.incrementAndGet();
        pending.add(new Sample(kind, subscriberId, row, writtenNanos));
    }

    /** Waits until every sample was seen or given up on. */
    Result finish() throws InterruptedException {
        while (running && open.get() > 0) {
            Thread.sleep(10);
        }
        Map<String, LatencySummary> summaries = new java.util.LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            summaries.put(kind.name().toLowerCase(java.util.Locale.ROOT), lags.get(kind).summary(0));
        }
        return new Result(summaries, missing.get());
    }

    private void loop() {
        while (running) {
            Sample sample = pending.poll();
            if (sample == null) {
                rest(1);
                continue;
            }
            long asked = System.nanoTime();
            if (shows(api.get("/api/v1/subscribers/" + sample.subscriberId() + "/sessions?size=5").requireSuccess("sessions").body(),
                    sample)) {
                lags.get(sample.kind()).record((asked - sample.writtenNanos()) / 1000);
                open.decrementAndGet();
            } else if (asked - sample.writtenNanos() > GIVE_UP_NANOS) {
                missing.incrementAndGet();
                open.decrementAndGet();
            } else {
                pending.add(sample);
                rest(REST_MILLIS);
            }
        }
    }

    /**
     * Whether the page has the write: the session (by Acct-Session-Id or the unique id), with at least the
     * octets an interim update wrote (a later write of the same session may have overtaken it), or stopped.
     */
    private static boolean shows(JsonNode page, Sample sample) {
        for (JsonNode session : page.get("items")) {
            if (!isOf(session, sample.row())) {
                continue;
            }
            return switch (sample.kind()) {
                case START -> true;
                case INTERIM -> session.path("uploadBytes").asLong(0) + session.path("downloadBytes").asLong(0)
                        >= sample.row().inputOctets() + sample.row().outputOctets();
                case STOP -> !session.path("stoppedAt").isNull() && !session.path("stoppedAt").isMissingNode();
            };
        }
        return false;
    }

    /** Whether a listed session is the row's: by Acct-Session-Id, or by the unique id should the server list that. */
    static boolean isOf(JsonNode session, AccountingRow row) {
        String id = session.path("sessionId").asString("");
        return id.equals(row.sessionId()) || id.equals(row.uniqueId());
    }

    private static void rest(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}
