package io.ispflow.benchmark.accounting;

import io.ispflow.benchmark.SqlDatabase;
import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Live accounting at a set rate, as FreeRADIUS writes it while routers report: each write one stock query
 * in its own transaction on a connection of a small pool (FreeRADIUS's sql module keeps one), from a few
 * threads that each own a share of the subscribers, so that one session's writes stay in order. A
 * subscriber online gets an interim update (nine times in ten) or a stop; one offline starts a session.
 * Every n-th write is handed to a {@link SessionLag} once committed.
 */
final class AccountingStream {

    /** What was written, how long each statement took, and at what rate. */
    record Result(long starts, long interims, long stops, LatencySummary statements) {

        long writes() {
            return starts + interims + stops;
        }

        /** The rate achieved: a writer that fell behind its schedule writes at once, and the run ends on time. */
        double perSecond() {
            return writes() / statements.seconds();
        }
    }

    private static final int WRITERS = 4;

    private final SqlDatabase radius;
    private final Radacct radacct;
    private final List<AccountingSubscriber> subscribers;
    private final Map<String, AccountingRow> openByUsername = new HashMap<>();
    private final AtomicLong nextSession;
    private volatile boolean stopping;

    /** {@code firstSession}: the number the next new session's ids are made from, past the history's. */
    AccountingStream(SqlDatabase radius, List<AccountingSubscriber> subscribers, List<AccountingRow> open, long firstSession) {
        this.radius = radius;
        // live writes are FreeRADIUS's stock statements alone: the database stamps their change time
        this.radacct = new Radacct(radius.dialect(), false);
        this.subscribers = subscribers;
        open.forEach(row -> openByUsername.put(row.username(), row));
        this.nextSession = new AtomicLong(firstSession);
    }

    /**
     * Writes at {@code perSecond} for {@code duration} or until {@link #stop()}; every {@code sampleEvery}-th
     * write goes to {@code lag} when there is one. The open sessions carry over from one run to the next.
     */
    Result run(double perSecond, Duration duration, long sampleEvery, SessionLag lag) throws InterruptedException {
        stopping = false;
        Latencies statements = new Latencies();
        AtomicLong writes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long[] counts = new long[3];
        long start = System.nanoTime();
        try {
            List<Future<long[]>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> write(writer, perSecond / WRITERS, start, start + duration.toNanos(),
                        new Sampling(sampleEvery, lag, writes, statements))));
            }
            for (Future<long[]> writer : writers) {
                long[] done = writer.get();
                for (int k = 0; k < counts.length; k++) {
                    counts[k] += done[k];
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the accounting stream failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(counts[0], counts[1], counts[2], statements.summary((System.nanoTime() - start) / 1e9));
    }

    /** Ends a run early: each writer stops before its next write. */
    void stop() {
        stopping = true;
    }

    /** Where a run's writes are counted and timed, and every n-th handed to the lag watch. */
    private record Sampling(long every, SessionLag lag, AtomicLong writes, Latencies statements) {
    }

    /** One writer's share: subscribers {@code writer, writer + WRITERS, ...}, each write on its schedule. */
    private long[] write(int writer, double perSecond, long start, long end, Sampling sampling) throws SQLException {
        long[] counts = new long[3];
        SplittableRandom random = new SplittableRandom(start + writer);
        int share = (subscribers.size() - writer + WRITERS - 1) / WRITERS;
        if (share <= 0) {
            return counts;
        }
        long interval = (long) (1e9 / perSecond);
        try (Connection connection = radius.connect()) {
            for (long k = 0; ; k++) {
                long due = start + k * interval;
                if (due >= end || stopping) {
                    return counts;
                }
                LockSupport.parkNanos(due - System.nanoTime());
                AccountingSubscriber subscriber = subscribers.get(writer + WRITERS * random.nextInt(share));
                AccountingRow open = openByUsername(subscriber.username());
                long now = System.currentTimeMillis() / 1000;
                SessionLag.Kind kind;
                AccountingRow written;
                long sent = System.nanoTime();
                if (open == null) {
                    written = started(subscriber, now);
                    radacct.start(connection, written);
                    kind = SessionLag.Kind.START;
                } else if (random.nextInt(10) > 0) {
                    written = interim(open, now, random);
                    radacct.interim(connection, written);
                    kind = SessionLag.Kind.INTERIM;
                } else {
                    written = stopped(open, now, random);
                    radacct.stop(connection, written);
                    kind = SessionLag.Kind.STOP;
                }
                long committed = System.nanoTime();
                sampling.statements().record((committed - sent) / 1000);
                remember(subscriber.username(), kind == SessionLag.Kind.STOP ? null : written);
                counts[kind.ordinal()]++;
                if (sampling.writes().incrementAndGet() % sampling.every() == 0 && sampling.lag() != null) {
                    sampling.lag().watch(kind, subscriber.id(), written, committed);
                }
            }
        }
    }

    private AccountingRow started(AccountingSubscriber subscriber, long now) {
        long n = nextSession.getAndIncrement();
        return new AccountingRow(AccountingHistory.sessionId(n), AccountingHistory.uniqueId(n), subscriber.username(),
                subscriber.nasAddress(), subscriber.nasPortId(), now, now, null, null, 0, 0, subscriber.mac(), "",
                subscriber.framedIp());
    }

    private static AccountingRow interim(AccountingRow open, long now, SplittableRandom random) {
        long output = open.outputOctets() + 1 + random.nextLong(50_000_000);
        return new AccountingRow(open.sessionId(), open.uniqueId(), open.username(), open.nasAddress(), open.nasPortId(),
                open.startEpoch(), Math.max(now, open.updateEpoch()), null, AccountingHistory.INTERIM_SECONDS,
                open.inputOctets() + 1 + output / 8 - open.outputOctets() / 8, output, open.callingStationId(), "", open.framedIp());
    }

    private static AccountingRow stopped(AccountingRow open, long now, SplittableRandom random) {
        AccountingRow last = interim(open, now, random);
        return new AccountingRow(last.sessionId(), last.uniqueId(), last.username(), last.nasAddress(), last.nasPortId(),
                last.startEpoch(), last.updateEpoch(), last.updateEpoch(), last.intervalSeconds(), last.inputOctets(),
                last.outputOctets(), last.callingStationId(), "User-Request", last.framedIp());
    }

    private AccountingRow openByUsername(String username) {
        synchronized (openByUsername) {
            return openByUsername.get(username);
        }
    }

    private void remember(String username, AccountingRow open) {
        synchronized (openByUsername) {
            if (open == null) {
                openByUsername.remove(username);
            } else {
                openByUsername.put(username, open);
            }
        }
    }
}
