package io.ispflow.benchmark.load;

import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.probe.Subscribers;
import io.ispflow.benchmark.server.IspflowApi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Subscriber search ({@code GET /api/v1/subscribers}) one request at a time, as an operator types:
 * username prefixes, digit substrings of account numbers and phones, names, and the status and package
 * filters, with and without text; random terms over the subscribers the benchmark created over HTTP.
 */
public final class SearchLatency {

    private final IspflowApi api;
    private final UUID packageId;
    private final int subscribers;

    public SearchLatency(IspflowApi api, UUID packageId, int subscribers) {
        this.api = api;
        this.packageId = packageId;
        this.subscribers = subscribers;
    }

    /** Latencies per kind of search, each kind {@code requests} times. */
    public Map<String, LatencySummary> run(int requests) {
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("username prefix", n -> "q=" + encode(Subscribers.username("h", n).substring(0, 10)));
        kinds.put("digit substring", n -> "q=" + String.format("%07d", n).substring(2, 6));
        kinds.put("name", n -> "q=" + encode(Subscribers.fullName(n)));
        kinds.put("status + package filter", n -> "status=ACTIVE&packageId=" + packageId + "&page=" + (n % 20));
        kinds.put("prefix + status filter", n -> "q=" + encode(Subscribers.username("h", n).substring(0, 10)) + "&status=ACTIVE");
        Map<String, LatencySummary> results = new LinkedHashMap<>();
        kinds.forEach((kind, query) -> results.put(kind, measure(query, requests)));
        return results;
    }

    private LatencySummary measure(IntFunction<String> query, int requests) {
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            String path = "/api/v1/subscribers?" + query.apply(ThreadLocalRandom.current().nextInt(subscribers));
            long sent = System.nanoTime();
            api.get(path).requireSuccess(path);
            latencies.recordSince(sent);
        }
        return latencies.summary((System.nanoTime() - start) / 1e9);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
