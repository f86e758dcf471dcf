package io.ispflow.benchmark;

import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.measure.ResourceSampler;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/**
 * Part (3): fill the event store with the subscribers' later life, then rebuild the RADIUS tables from
 * it through the operators' endpoint, on each dialect.
 */
final class RebuildPart {

    static final double EVENTS_PER_SECOND_TARGET = 50_000;

    private final BenchmarkOptions options;
    private final Report report;
    private final CommandParts commands;

    RebuildPart(BenchmarkOptions options, Report report, CommandParts commands) {
        this.options = options;
        this.report = report;
        this.commands = commands;
    }

    /** Sends later commands through the gateway until the store holds about {@code --events} events. */
    void fillEventStore(ServerSession server, UUID packageA, UUID packageB) {
        report.section("(3) Events for the rebuild, " + server.setup.setup().title);
        long head = server.radiusProgress().head();
        long missing = options.events() - head;
        report.line("the store held %,d events (sign-ups, packages, router); %,d later commands to reach %,d", head,
                Math.max(0, missing), options.events());
        if (missing <= 0) {
            return;
        }
        JsonNode timings = server.freshApi().post("/bench/gateway/later-life", Map.of("packageA", packageA, "packageB", packageB,
                "count", missing, "threads", options.gatewayConcurrency(), "timeLimitMillis", options.timeLimit().toMillis()))
                .requireSuccess("later life").body();
        LatencySummary perSubscriber = CommandParts.latencies(timings);
        long events = server.radiusProgress().head() - head;
        report.line("made in-process through the CommandGateway, %d threads, each subscriber's commands in order "
                + "(contact, renewal, package change, suspension, reactivation, ...): %,d events in %.0f s = %,.0f events/s",
                options.gatewayConcurrency(), events, perSubscriber.seconds(), events / perSubscriber.seconds());
    }

    /**
     * The operator's rebuild, {@code POST /api/v1/ops/radius/rebuild}: every event replayed into shadow tables
     * while the live processor keeps projecting, then swapped in. Timed from the request to the job's end.
     */
    void rebuild(ServerSession server) throws InterruptedException {
        report.section("(3) RADIUS rebuild, " + server.setup.setup().title);
        ResourceSampler.Window window = server.sampler.window("rebuild");
        long started = System.nanoTime();
        JsonNode job = server.awaitRebuild(server.startRebuild(), options.timeLimit().toNanos());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!"SUCCEEDED".equals(job.get("state").asString())) {
            report.target("(3) rebuild events/s", false, "the rebuild failed after %.1f s: %s", seconds, job.get("error").asString());
        } else {
            report.line("POST /api/v1/ops/radius/rebuild: shadow tables filled from the first event, swapped in; the "
                    + "store's head was at %,d when it started", job.get("total").asLong());
            rate(job.get("processed").asLong(), seconds, "rebuild");
        }
        commands.resources(window.close());
    }

    /**
     * The radius processor of a server just started on empty RADIUS tables replays the whole store at start-up:
     * the live projectors' speed, batch after batch, which a rebuild on this database waits for.
     */
    void firstCatchUp(ServerSession server) throws InterruptedException {
        report.section("(3) RADIUS processor's first catch-up, " + server.setup.setup().title);
        ResourceSampler.Window window = server.sampler.window("catch-up");
        long started = System.nanoTime();
        ServerSession.Progress first = server.radiusProgress();
        ServerSession.Progress end = server.awaitRadiusCaughtUp(options.timeLimit().toNanos());
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = end.head() - Math.max(0, first.position());
        report.line("empty RADIUS database, new token: from readiness, at position %,d, to the head: %,d events in %.1f s "
                + "= %,.0f events/s (the live processor, no target)", first.position(), events, seconds, events / seconds);
        commands.resources(window.close());
    }

    private void rate(long events, double seconds, String what) {
        double perSecond = events / seconds;
        report.target("(3) rebuild events/s (" + what + ")", perSecond >= EVENTS_PER_SECOND_TARGET,
                "%,d events in %.1f s = %,.0f events/s", events, seconds, perSecond);
    }
}
