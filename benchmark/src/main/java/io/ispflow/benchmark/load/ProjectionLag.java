package io.ispflow.benchmark.load;

import io.ispflow.benchmark.SqlDatabase;
import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Projection lag of sampled sign-ups: from the command's HTTP answer until the subscriber's row is
 * visible in radcheck and in the read model, each watched by one thread that asks its database for
 * every pending row at once, about every millisecond.
 */
public final class ProjectionLag implements AutoCloseable {

    /** Lag to radcheck and to the read model, and how many samples never showed up in time. */
    public record Result(LatencySummary radcheck, LatencySummary readModel, int radcheckMissing, int readModelMissing) {
    }

    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Watcher radcheck;
    private final Watcher readModel;

    public ProjectionLag(SqlDatabase radiusDatabase, SqlDatabase appDatabase) throws SQLException {
        this.radcheck = new Watcher("radcheck", radiusDatabase, "SELECT DISTINCT username FROM radcheck WHERE username IN ", "?",
                s -> s.username);
        this.readModel = new Watcher("read-model", appDatabase, "SELECT CAST(id AS VARCHAR(36)) FROM subscriber_view WHERE id IN ",
                "CAST(? AS uuid)", s -> s.id);
    }

    /** A sign-up answered at {@code answeredNanos} (System.nanoTime). */
    public void watch(String id, String username, long answeredNanos) {
        Sample sample = new Sample(id, username, answeredNanos);
        radcheck.pending.put(sample.username, sample);
        readModel.pending.put(sample.id, sample);
    }

    /** Waits until every sample was seen (or given up on) and answers the lags. */
    public Result finish() throws InterruptedException {
        radcheck.awaitEmpty();
        readModel.awaitEmpty();
        return new Result(radcheck.lags.summary(0), readModel.lags.summary(0), radcheck.missing, readModel.missing);
    }

    @Override
    public void close() {
        radcheck.stop();
        readModel.stop();
    }

    private record Sample(String id, String username, long answeredNanos) {
    }

    private static final class Watcher {
        private final Map<String, Sample> pending = new ConcurrentHashMap<>();
        private final Latencies lags = new Latencies();
        private final Connection connection;
        private final String query;
        private final String placeholder;
        private final Function<Sample, String> key;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile int missing;

        Watcher(String name, SqlDatabase database, String query, String placeholder, Function<Sample, String> key)
                throws SQLException {
            this.connection = database.connect();
            this.query = query;
            this.placeholder = placeholder;
            this.key = key;
            this.thread = new Thread(this::loop, "lag-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            try {
                while (running) {
                    poll();
                    Thread.sleep(1);
                }
            } catch (InterruptedException | SQLException stopped) {
                running = false;
            }
        }

        private void poll() throws SQLException {
            List<Sample> waiting = new ArrayList<>(pending.values());
            if (waiting.isEmpty()) {
                return;
            }
            String placeholders = "(" + String.join(",", java.util.Collections.nCopies(waiting.size(), placeholder)) + ")";
            try (PreparedStatement select = connection.prepareStatement(query + placeholders)) {
                for (int i = 0; i < waiting.size(); i++) {
                    select.setString(i + 1, key.apply(waiting.get(i)));
                }
                long seen = System.nanoTime();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Sample sample = pending.remove(rows.getString(1));
                        if (sample != null) {
                            lags.record((seen - sample.answeredNanos) / 1000);
                        }
                    }
                }
            }
            long now = System.nanoTime();
            for (Sample sample : waiting) {
                if (now - sample.answeredNanos > GIVE_UP_NANOS && pending.remove(key.apply(sample)) != null) {
                    missing++;
                }
            }
        }

        void awaitEmpty() throws InterruptedException {
            while (running && !pending.isEmpty()) {
                Thread.sleep(10);
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after the measurement; nothing depends on it
            }
        }
    }
}
