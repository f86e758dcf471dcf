package io.ispflow.benchmark;

import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.measure.ResourceSampler;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/**
 * Part (3): fill the event store with the subscribers' later life, then rebuild the RADIUS tables from
 * it. The rebuild endpoint is not merged yet, so the rebuild is a replay of the radius tracking
 * processor into emptied tables; on MariaDB it is that processor's first catch-up from an empty token.
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

    /** Replays the radius processor into emptied tables and times it until it reaches the head. */
    void replay(ServerSession server) throws InterruptedException {
        report.section("(3) RADIUS rebuild, " + server.setup.setup().title);
        ResourceSampler.Window window = server.sampler.window("rebuild");
        long started = System.nanoTime();
        ServerSession.Progress start = server.startReplay();
        ServerSession.Progress end = server.awaitRadiusCaughtUp(options.timeLimit().toNanos());
        double seconds = (System.nanoTime() - started) / 1e9;
        report.line("radius processor shut down, its tables truncated, its token reset, started (TrackingEventProcessor)");
        rate(end.head(), seconds, "replay of " + start.head() + " events");
        commands.resources(window.close());
    }

    /** The radius processor of a server just started on empty RADIUS tables: its catch-up is a full replay. */
    void firstCatchUp(ServerSession server) throws InterruptedException {
        report.section("(3) RADIUS rebuild, " + server.setup.setup().title);
        ResourceSampler.Window window = server.sampler.window("rebuild");
        long started = System.nanoTime();
        ServerSession.Progress first = server.radiusProgress();
        ServerSession.Progress end = server.awaitRadiusCaughtUp(options.timeLimit().toNanos());
        double seconds = (System.nanoTime() - started) / 1e9;
        report.line("empty RADIUS database, new token: the processor replays the whole store at start-up; timed from "
                + "readiness, when it was at position %,d", first.position());
        rate(end.head() - Math.max(0, first.position()), seconds, "catch-up");
        commands.resources(window.close());
    }

    private void rate(long events, double seconds, String what) {
        double perSecond = events / seconds;
        report.target("(3) rebuild events/s (" + what + ")", perSecond >= EVENTS_PER_SECOND_TARGET,
                "%,d events in %.1f s = %,.0f events/s", events, seconds, perSecond);
    }
}
