package io.ispflow.benchmark.load;

import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.probe.Subscribers;
import io.ispflow.benchmark.server.IspflowApi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signs subscribers up over HTTP ({@code POST /api/v1/subscribers}) with a fixed number of requests in
 * flight, timing each, and hands every n-th answer to a {@link ProjectionLag} to watch.
 */
public final class HttpSignUps {

    /** The latencies and how many requests failed. */
    public record Result(LatencySummary latencies, int failures) {
    }

    private final IspflowApi api;
    private final UUID packageId;

    public HttpSignUps(IspflowApi api, UUID packageId) {
        this.api = api;
        this.packageId = packageId;
    }

    /** Creates subscribers {@code bm-h-0000000 ..} ({@code count} of them) with {@code concurrency} requests in flight. */
    public Result run(int count, int concurrency, int lagEvery, ProjectionLag lag, Duration timeLimit) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        signUp(i, latencies, failures, lag != null && i % lagEvery == 0 ? lag : null);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("HTTP sign-ups failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(latencies.summary((System.nanoTime() - start) / 1e9), failures.get());
    }

    private void signUp(int number, Latencies latencies, AtomicInteger failures, ProjectionLag lag) {
        String username = Subscribers.username("h", number);
        long sent = System.nanoTime();
        IspflowApi.Answer answer = api.post("/api/v1/subscribers", Map.of("username", username,
                "password", Subscribers.password(username), "type", "PPPOE", "packageId", packageId,
                "fullName", Subscribers.fullName(number), "phone", Subscribers.phone(number)));
        long answered = System.nanoTime();
        latencies.record((answered - sent) / 1000);
        if (answer.status() != 201) {
            failures.incrementAndGet();
        } else if (lag != null) {
            lag.watch(answer.body().get("id").asString(), username, answered);
        }
    }
}
