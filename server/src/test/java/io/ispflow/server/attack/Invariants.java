package io.ispflow.server.attack;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.radius.rebuild.Difference;
import io.ispflow.radius.rebuild.RadiusDrift;
import io.ispflow.server.Api;
import io.ispflow.server.RawHttp;
import io.ispflow.server.deadletter.DeadLetters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What must hold after anything an attacker sends: nothing was stored for a refused request,
 * nothing stalled (every processor is healthy, caught up with the event store and reported so, the
 * server is ready, and no event stored since was parked as a dead letter, which would mean the API
 * took a value storage cannot), and nothing diverged (the RADIUS tables are what the events imply).
 */
final class Invariants {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);
    private static final Duration PATIENCE_ONCE_STALLED = Duration.ofSeconds(2);

    private final RawHttp http;
    private final StoredEvents events;
    private final EventProcessingConfiguration processing;
    private final RadiusDrift drift;
    private final List<DeadLetters> deadLetters;
    private final Caller opsReader;
    private final RadiusFingerprint radiusTables;
    private boolean stalledBefore;
    /** The event store's head and the RADIUS tables' fingerprint when a drift check last found nothing. */
    private String cleanAt;

    /** {@code opsReader} may read {@code /api/v1/ops/projections}: the platform administrator. */
    Invariants(RawHttp http, StoredEvents events, EventProcessingConfiguration processing, RadiusDrift drift,
               List<DeadLetters> deadLetters, Caller opsReader, RadiusFingerprint radiusTables) {
        this.http = http;
        this.events = events;
        this.processing = processing;
        this.drift = drift;
        this.deadLetters = deadLetters;
        this.opsReader = opsReader;
        this.radiusTables = radiusTables;
    }

    /** Starts watching: what is sent through the watch is checked against the store from here on. */
    Watch watch() {
        return new Watch(http, events.mark());
    }

    /** Every event a request of the watch appended, by request id. */
    Map<String, List<String>> storedBy(Watch watch) {
        return events.requestsSince(watch.mark());
    }

    /** Fails with every broken invariant at once. */
    void hold(Watch watch) {
        List<String> broken = new ArrayList<>();
        nothingStoredForRefusals(watch, broken);
        nothingStalled(broken);
        nothingParked(watch, broken);
        nothingDiverged(broken);
        if (!broken.isEmpty()) {
            throw new AssertionError("after " + watch.sent().size() + " requests:\n  " + String.join("\n  ", broken));
        }
    }

    private void nothingStoredForRefusals(Watch watch, List<String> broken) {
        Map<String, List<String>> stored = storedBy(watch);
        for (Watch.Sent sent : watch.sent()) {
            if (sent.refused() && stored.containsKey(sent.requestId())) {
                broken.add("refused, yet stored " + stored.get(sent.requestId()) + ": " + sent);
            }
        }
    }

    /** Waits for the processors to catch up; once they were found stalled, a later check does not wait as long again. */
    private void nothingStalled(List<String> broken) {
        long deadline = System.nanoTime() + (stalledBefore ? PATIENCE_ONCE_STALLED : CATCH_UP).toNanos();
        List<String> stalled = stalled();
        while (!stalled.isEmpty() && System.nanoTime() < deadline) {
            pause();
            stalled = stalled();
        }
        stalledBefore = !stalled.isEmpty();
        broken.addAll(stalled);
    }

    /** What is wrong with the processors right now, as Axon, {@code /ops/projections} and readiness see it. */
    private List<String> stalled() {
        List<String> found = new ArrayList<>();
        long head = events.headPosition();
        List<String> failing = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (!processor.isRunning()) {
                found.add("processor " + name + " is not running");
            }
            if (processor instanceof StreamingEventProcessor streaming) {
                for (EventTrackerStatus status : streaming.processingStatus().values()) {
                    if (status.isErrorState()) {
                        failing.add(name);
                        found.add("processor " + name + " fails: " + String.valueOf(status.getError()).lines().findFirst().orElse(""));
                    }
                    if (status.getCurrentPosition().orElse(-1) < head) {
                        found.add("processor " + name + " is at " + status.getCurrentPosition() + ", behind the head " + head);
                    }
                }
            }
        });
        Api.Answer report = opsReader.send(http, Request.of("GET", "/api/v1/ops/projections"), Map.of());
        if (report.status() != 200) {
            found.add("/api/v1/ops/projections answered " + report.status() + " " + report.text());
        } else {
            for (JsonNode processor : report.body().get("processors")) {
                boolean reportedFailing = processor.path("error").asBoolean() || !processor.path("running").asBoolean(true);
                if (reportedFailing) {
                    found.add("/api/v1/ops/projections reports " + processor);
                } else if (failing.contains(processor.path("name").asString())) {
                    found.add("/api/v1/ops/projections reports no error for a failing processor: " + processor);
                }
            }
        }
        Api.Answer readiness = Caller.ANONYMOUS.send(http, Request.of("GET", "/actuator/health/readiness"), Map.of());
        boolean ready = readiness.status() == 200 && "UP".equals(readiness.body().path("status").asString());
        if (!ready) {
            found.add("readiness answered " + readiness.status() + " " + readiness.text());
        } else if (!found.isEmpty()) {
            found.add("readiness says UP nevertheless");
        }
        return found;
    }

    private void nothingParked(Watch watch, List<String> broken) {
        long mark = watch.mark().position().orElse(0);
        for (DeadLetters group : deadLetters) {
            group.list().stream().filter(parked -> parked.position() != null && parked.position() > mark)
                    .forEach(parked -> broken.add("processor " + group.group() + " parked " + parked.eventType() + " at "
                            + parked.position() + " as a dead letter: " + parked.causeType() + " " + parked.cause()));
        }
    }

    /**
     * A drift check replays the whole store; when neither the store nor the tables changed since a clean
     * one, it would find nothing again, so it is skipped. Most hostile requests are refused and change neither.
     */
    private void nothingDiverged(List<String> broken) {
        String before = storeAndTables();
        if (before.equals(cleanAt)) {
            return;
        }
        List<Difference> differences = driftCheck();
        if (!differences.isEmpty()) {
            cleanAt = null;
            broken.add("the RADIUS tables differ from what the events imply: " + differences);
            return;
        }
        cleanAt = before.equals(storeAndTables()) ? before : null;
    }

    private String storeAndTables() {
        return events.headPosition() + " " + radiusTables.now();
    }

    /** A drift check, waiting its turn while a rebuild runs. */
    private List<Difference> driftCheck() {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            try {
                return drift.check().differences();
            } catch (DomainException e) {
                if (e.code() != ErrorCode.REBUILD_RUNNING || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
