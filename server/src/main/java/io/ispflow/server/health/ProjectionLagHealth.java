package io.ispflow.server.health;

import io.ispflow.eventstore.processor.ProcessorReport;
import io.ispflow.eventstore.processor.ProjectionStatus;
import io.ispflow.eventstore.processor.ProjectionsReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Part of readiness: DOWN while a processor of this process fails and retries (its database is away,
 * a key does not open), OUT_OF_SERVICE while a tracking processor whose token this process reads is
 * more than {@code ispflow.health.max-projection-lag} events behind the event store's head, so that a
 * process serving a read model far behind leaves the rotation. Dead letters are listed, but leave the
 * status alone: parking one tenant's unprojectable event is what keeps every other tenant served.
 */
@Component("projectionLagHealthIndicator")
class ProjectionLagHealth implements HealthIndicator {

    private final ProjectionStatus status;
    private final long maxLag;

    ProjectionLagHealth(ProjectionStatus status, @Value("${ispflow.health.max-projection-lag}") long maxLag) {
        this.status = status;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        ProjectionsReport report = status.report();
        List<ProcessorReport> tracked = report.processors().stream().filter(processor -> processor.lag() != null).toList();
        Map<String, Long> lags = tracked.stream().collect(Collectors.toMap(ProcessorReport::name, ProcessorReport::lag));
        Map<String, String> failing = report.processors().stream().filter(processor -> Boolean.TRUE.equals(processor.error()))
                .collect(Collectors.toMap(ProcessorReport::name, processor -> Objects.requireNonNullElse(processor.failure(),
                        "stopped on an error"), (a, b) -> a, TreeMap::new));
        Map<String, Long> deadLetters = report.processors().stream()
                .filter(processor -> processor.deadLetters() != null && processor.deadLetters() > 0)
                .collect(Collectors.toMap(ProcessorReport::name, ProcessorReport::deadLetters, (a, b) -> a, TreeMap::new));
        boolean behind = tracked.stream().anyMatch(processor -> processor.lag() > maxLag);
        Health.Builder health = !failing.isEmpty() ? Health.down() : behind ? Health.outOfService() : Health.up();
        return health.withDetail("head", report.head())
                .withDetail("maxLag", maxLag)
                .withDetail("lag", lags)
                .withDetail("failing", failing)
                .withDetail("deadLetters", deadLetters)
                .build();
    }
}
