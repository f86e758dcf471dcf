package io.ispflow.benchmark;

import io.ispflow.benchmark.load.HttpSignUps;
import io.ispflow.benchmark.load.ProjectionLag;
import io.ispflow.benchmark.load.SearchLatency;
import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.measure.ResourceSampler;
import io.ispflow.benchmark.server.IspflowApi;
import tools.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/** Parts (1), (2) and (5) on a running server: sign-ups over HTTP and through the gateway, lag, search. */
final class CommandParts {

    static final double HTTP_RATE_TARGET = 2000;
    static final double HTTP_P99_TARGET_MS = 50;
    static final double LAG_P99_TARGET_MS = 100;
    static final double SEARCH_P95_TARGET_MS = 20;
    static final double HEAP_TARGET_MIB = 512;

    private final BenchmarkOptions options;
    private final Report report;

    CommandParts(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void httpSignUps(ServerSession server, UUID packageId) throws InterruptedException, SQLException {
        report.section("(1) Sign-ups over HTTP, " + server.setup.setup().title + (options.runs(Part.LAG) ? ", with (2) projection lag" : ""));
        ResourceSampler.Window window = server.sampler.window("HTTP sign-ups");
        int lagEvery = Math.max(1, options.subscribers() / Math.max(1, options.lagSamples()));
        HttpSignUps.Result result;
        try (ProjectionLag lag = options.runs(Part.LAG) ? new ProjectionLag(server.setup.radius(), server.setup.app()) : null) {
            result = new HttpSignUps(server.freshApi(), packageId)
                    .run(options.subscribers(), options.concurrency(), lagEvery, lag, options.timeLimit());
            if (lag != null) {
                ProjectionLag.Result lags = lag.finish();
                report.target("(2) lag to radcheck, p50 " + fmt(lags.radcheck().p50()) + " ms", lags.radcheck().p99() < LAG_P99_TARGET_MS,
                        "p99 %.1f ms over %d samples, max %.1f ms, %d never seen", lags.radcheck().p99(), lags.radcheck().count(),
                        lags.radcheck().max(), lags.radcheckMissing());
                report.target("(2) lag to the read model, p50 " + fmt(lags.readModel().p50()) + " ms", lags.readModel().p99() < LAG_P99_TARGET_MS,
                        "p99 %.1f ms over %d samples, max %.1f ms, %d never seen", lags.readModel().p99(), lags.readModel().count(),
                        lags.readModel().max(), lags.readModelMissing());
            }
        }
        LatencySummary latencies = result.latencies();
        report.line("%d requests in flight, %d failed", options.concurrency(), result.failures());
        report.latencies("creates over HTTP", latencies);
        report.target("(1) creates/s over HTTP", latencies.perSecond() >= HTTP_RATE_TARGET, "%,.0f/s", latencies.perSecond());
        report.target("(1) p99 over HTTP", latencies.p99() < HTTP_P99_TARGET_MS, "%.1f ms", latencies.p99());
        resources(window.close());
    }

    /** Signs up {@code --subscribers} named {@code bm-<prefix>-...} in the server through its CommandGateway. */
    void gatewaySignUps(ServerSession server, UUID packageId, String prefix) {
        report.section("(1) Sign-ups through the CommandGateway in-process, " + server.setup.setup().title);
        ResourceSampler.Window window = server.sampler.window("gateway sign-ups");
        JsonNode timings = server.freshApi().post("/bench/gateway/subscribers", Map.of("packageId", packageId, "prefix", prefix,
                "first", 0, "count", options.subscribers(), "threads", options.gatewayConcurrency(),
                "timeLimitMillis", options.timeLimit().toMillis())).requireSuccess("gateway sign-ups").body();
        report.line("%d threads in the server, each command sendAndWait", options.gatewayConcurrency());
        report.latencies("creates through the gateway", latencies(timings));
        resources(window.close());
    }

    void search(ServerSession server, UUID packageId) {
        report.section("(5) Search, " + server.setup.setup().title);
        // Sign-ups return before the read model has them; searching meanwhile would time the catch-up too.
        IspflowApi api = server.freshApi();
        long head = server.freshPlatformApi().get("/api/v1/ops/projections").requireSuccess("projections").body().get("head").asLong();
        long waitStart = System.nanoTime();
        IspflowApi.Answer caughtUp = api.get("/api/v1/subscribers?size=1", head);
        while (caughtUp.status() == 504 && System.nanoTime() - waitStart < options.timeLimit().toNanos()) {
            caughtUp = api.get("/api/v1/subscribers?size=1", head);
        }
        caughtUp.requireSuccess("the read model at position " + head);
        report.line("read model caught up with position %d %.1f s after the sign-ups", head, (System.nanoTime() - waitStart) / 1e9);
        report.line("one request at a time, %d per kind, random terms over the HTTP-created subscribers", options.searchRequests());
        Map<String, LatencySummary> kinds = new SearchLatency(api, packageId, options.subscribers())
                .run(options.searchRequests());
        kinds.forEach((kind, latencies) -> report.target("(5) search by " + kind + ", p50 " + fmt(latencies.p50()) + " ms",
                latencies.p95() < SEARCH_P95_TARGET_MS, "p95 %.1f ms (p99 %.1f, max %.1f)", latencies.p95(), latencies.p99(), latencies.max()));
    }

    /** Peak heap and RSS of the server over a window. */
    void resources(ResourceSampler.Peaks peaks) {
        report.target("(6) server peak heap during " + peaks.window(), peaks.heapMiB() < HEAP_TARGET_MIB,
                "%.0f MiB used of -Xmx %.0f MiB; GC %d ms in %.0f s; peak RSS %.0f MiB",
                peaks.heapMiB(), peaks.heapMaxMiB(), peaks.gcMillis(), peaks.seconds(), peaks.rssMiB());
    }

    static LatencySummary latencies(JsonNode timings) {
        Latencies latencies = new Latencies();
        timings.get("latencyMicros").forEach(micros -> latencies.record(micros.asLong()));
        return latencies.summary(timings.get("elapsedNanos").asLong() / 1e9);
    }

    private static String fmt(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis);
    }
}
