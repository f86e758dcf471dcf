package io.ispflow.server.health;

import io.ispflow.query.ops.ProcessorReport;
import io.ispflow.query.ops.ProjectionStatus;
import io.ispflow.query.ops.ProjectionsReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Part of readiness: OUT_OF_SERVICE while a tracking processor whose token this process reads is more
 * than {@code ispflow.health.max-projection-lag} events behind the event store's head, so that a
 * process serving a read model far behind (or a processor stuck on an event) leaves the rotation.
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
        boolean behind = tracked.stream().anyMatch(processor -> processor.lag() > maxLag);
        return (behind ? Health.outOfService() : Health.up())
                .withDetail("head", report.head())
                .withDetail("maxLag", maxLag)
                .withDetail("lag", lags)
                .build();
    }
}
