package io.ispflow.benchmark.accounting;

import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.server.IspflowApi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The sessions and usage endpoints as support staff use them, with a given number of requests in flight:
 * the online list's first page, a search by username, framed IP and MAC, one router's online sessions, a
 * random subscriber's sessions and a month of its usage. Each request timed from send to answer.
 */
final class SessionQueries {

    private final IspflowApi api;
    private final List<AccountingSubscriber> subscribers;

    SessionQueries(IspflowApi api, List<AccountingSubscriber> subscribers) {
        this.api = api;
        this.subscribers = subscribers;
    }

    /** Latencies per kind, each kind {@code requests} times with {@code inFlight} requests in flight. */
    Map<String, LatencySummary> run(int requests, int inFlight) throws InterruptedException {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        Map<String, Function<AccountingSubscriber, String>> kinds = new LinkedHashMap<>();
        kinds.put("online, first page", s -> "/api/v1/sessions?online=true");
        kinds.put("q=username", s -> "/api/v1/sessions?q=" + encode(s.username()));
        kinds.put("q=framed IP", s -> "/api/v1/sessions?q=" + encode(s.framedIp()));
        kinds.put("q=MAC", s -> "/api/v1/sessions?q=" + encode(s.mac()));
        kinds.put("routerId, online", s -> "/api/v1/sessions?online=true&routerId=" + s.routerId());
        kinds.put("a subscriber's sessions", s -> "/api/v1/subscribers/" + s.id() + "/sessions");
        kinds.put("a subscriber's usage, 30 days", s -> "/api/v1/subscribers/" + s.id() + "/usage?from=" + monthAgo + "&to=" + today);
        Map<String, LatencySummary> results = new LinkedHashMap<>();
        for (Map.Entry<String, Function<AccountingSubscriber, String>> kind : kinds.entrySet()) {
            results.put(kind.getKey(), measure(kind.getValue(), requests, inFlight));
        }
        return results;
    }

    private LatencySummary measure(Function<AccountingSubscriber, String> path, int requests, int inFlight) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < inFlight; t++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < requests) {
                        String request = path.apply(subscribers.get(ThreadLocalRandom.current().nextInt(subscribers.size())));
                        long sent = System.nanoTime();
                        api.get(request).requireSuccess(request);
                        latencies.recordSince(sent);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("session queries failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return latencies.summary((System.nanoTime() - start) / 1e9);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
